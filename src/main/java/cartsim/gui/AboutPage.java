package cartsim.gui;

import cartsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Console's About tab: what the class is looking at, in plain words. The first part is the
 * loaded preset's own {@code description} (from the scenario file), the rest is the same key to
 * the picture for every preset. In compare mode both runs are described, and any patient or
 * disease setting in which they differ is named, since the comparison is fair only without.
 */
final class AboutPage {
    private AboutPage() {}

    static String html(List<Scenario> runs, long seed) {
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif; font-size:12pt; margin:8px'>");
        if (runs.size() == 1) {
            Scenario s = runs.get(0);
            h.append("<h2>").append(esc(s.name())).append("</h2>");
            h.append(paragraph(description(s)));
        } else {
            h.append("<h2>Side by side: ").append(esc(runs.get(0).name())).append(" vs ")
                    .append(esc(runs.get(1).name())).append("</h2>");
            h.append("<p>The same patient (seed ").append(seed).append(") treated two ways, on one clock. ")
                    .append("The left view and the solid chart lines are run A; the right view and the dashed lines are run B.</p>");
            String[] tag = {"A", "B"};
            for (int i = 0; i < 2; i++) {
                Scenario s = runs.get(i);
                h.append("<h3>").append(tag[i]).append(": ").append(esc(s.name())).append("</h3>");
                h.append(paragraph(description(s)));
            }
            List<String> diff = patientDifferences(runs.get(0), runs.get(1));
            if (!diff.isEmpty())
                h.append("<p><b>Note:</b> the two files also differ in the patient or disease: ")
                        .append(esc(String.join(", ", diff))).append(". Part of any difference comes from that.</p>");
        }
        h.append("<h3>How to read the picture</h3><ul>")
                .append("<li><b>Tumor cells</b> are coloured by how much target antigen they carry: pale to deep orange. ")
                .append("<b>Grey-blue</b> cells carry none the CAR can see: it cannot kill them.</li>")
                .append("<li><b>CAR-T cells</b>: memory blue, effector green, exhausted violet. Killed tumor cells flash yellow.</li>")
                .append("<li><b>Macrophages</b> turn magenta when IFN-γ from the CAR-T cells activates them; they release IL-6, ")
                .append("which causes cytokine release syndrome (CRS).</li>")
                .append("<li>The strip under the tissue tells each event as it happens; tick <i>Teach mode</i> to pause at each one.</li>")
                .append("<li>The IL-6 and IFN-γ heat maps are in the display's layer menu (the icon at its top left).</li></ul>");
        h.append("<h3>Things to try</h3><ul>")
                .append("<li>Before Play: ask what will happen to the grey-blue cells.</li>")
                .append("<li>Model tab: switch the CAR to CD19 OR CD22, change the dose, or set tocilizumab to <i>off</i>")
                .append(runs.size() > 1 ? " (in side-by-side mode this changes run B)" : "").append(".</li>")
                .append("<li>Scenarios menu: other presets, and bundled pairs to run side by side.</li></ul>");
        return h.append("</body></html>").toString();
    }

    static String description(Scenario s) {
        String d = s.description();
        if (d != null && !d.isBlank()) return d.strip();
        return "This scenario file has no description. Add a top-level description: key to say what the class should look for.";
    }

    /** patient.* and disease.* parameters whose values differ between the two scenarios */
    static List<String> patientDifferences(Scenario a, Scenario b) {
        List<String> out = new ArrayList<>();
        for (String k : a.values().keySet()) {
            if (!(k.startsWith("patient.") || k.startsWith("disease."))) continue;
            if (!Objects.equals(a.values().get(k), b.values().get(k))) out.add(k);
        }
        return out;
    }

    private static String paragraph(String text) {
        StringBuilder p = new StringBuilder();
        for (String para : text.split("\\n+")) p.append("<p>").append(esc(para.strip())).append("</p>");
        return p.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
