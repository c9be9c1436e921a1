package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.EventLog;
import cartsim.model.params.Logic;
import cartsim.model.params.ProductParams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model's own event list ({@link CarTModel#events}, the source of events.csv) into
 * plain sentences as the events happen. It keeps no events of its own: each call reads the
 * events added since the last one, and words them with the model state at that moment (cell
 * counts, IL-6, fever), so the narration can never disagree with events.csv.
 */
public final class Narrator {
    private static final Pattern SIMULATED = Pattern.compile("\\((\\d+) simulated");
    private final List<Narration> told = new ArrayList<>();
    private int seen;
    /** serum IL-6 at the previous call, to say whether it is rising */
    private double lastIl6 = Double.NaN;

    /** forgets everything told (a new run started) */
    public synchronized void reset() {
        told.clear();
        seen = 0;
        lastIl6 = Double.NaN;
    }

    /**
     * Narrates the events the model added since the last call, in their order. Call in the model
     * thread between steps. A model restarted from scratch (fewer events than seen) starts over.
     *
     * @return the new narrations (empty if nothing happened)
     */
    public synchronized List<Narration> update(CarTModel m) {
        List<EventLog.Event> events = m.eventList();
        if (events.size() < seen) reset();
        List<Narration> fresh = new ArrayList<>();
        for (; seen < events.size(); seen++) {
            EventLog.Event e = events.get(seen);
            Narration n = new Narration(e.day(), e.name(), sentence(e, m, lastIl6));
            told.add(n);
            fresh.add(n);
        }
        if (m.clinical != null) lastIl6 = m.clinical.il6();
        return fresh;
    }

    /** everything narrated so far, oldest first */
    public synchronized List<Narration> all() {
        return Collections.unmodifiableList(new ArrayList<>(told));
    }

    /** "Day 3 · …": the day is counted like the clinic counts it, whole days since infusion */
    static String dayLabel(double day) {
        return "Day " + (long) Math.floor(day + 1e-9);
    }

    static String sentence(EventLog.Event e, CarTModel m, double previousIl6) {
        return dayLabel(e.day()) + " · " + words(e, m, previousIl6);
    }

    private static String words(EventLog.Event e, CarTModel m, double previousIl6) {
        String d = e.detail();
        return switch (e.name()) {
            case "infusion" -> {
                Matcher k = SIMULATED.matcher(d);
                yield k.find() ? k.group(1) + " CAR-T cells infused" : "CAR-T cells infused: " + d;
            }
            case "lymphodepletion" -> "lymphodepleting chemotherapy starts: it makes room for the CAR-T cells";
            case "bridging" -> "bridging chemotherapy: " + d;
            case "chemotherapy" -> "chemotherapy pulse: " + d;
            case "checkpoint_inhibitor" -> "anti-PD-1 checkpoint inhibitor starts: CAR-T cells tire less";
            case "crs_onset" -> crs(m, previousIl6);
            case "icans_onset" -> "ICANS " + d + ": neurotoxicity (confusion, trouble writing)";
            case "tocilizumab" -> "tocilizumab (" + d.replaceFirst(" at CRS grade \\d+", "")
                    + "): it blocks the IL-6 receptor and cools the fever";
            case "steroids" -> "steroids: they calm the cytokine storm, and slow the CAR-T cells too";
            case "relapse" -> relapse(m, d);
            default -> e.name().replace('_', ' ') + (d.isEmpty() ? "" : ": " + d);
        };
    }

    private static String crs(CarTModel m, double previousIl6) {
        double il6 = m.clinical.il6();
        String trend = Double.isNaN(previousIl6) || il6 >= previousIl6 ? "rising" : "falling";
        return String.format(Locale.ROOT, "CRS grade %d: IL-6 %s (%,.0f pg/mL), fever %.1f °C",
                m.clinical.crsGrade(), trend, il6, m.clinical.feverC());
    }

    private static String relapse(CarTModel m, String detail) {
        int live = m.tumor.live;
        int negative = m.antigenStatus()[2];
        double pct = live > 0 ? 100.0 * negative / live : 0;
        return String.format(Locale.ROOT, "relapse (%s): %s cells now %.0f %% of the tumor", detail, negativeLabel(m), pct);
    }

    /** "CD19-negative", or "CD19/CD22-negative" for a two-target CAR */
    static String negativeLabel(CarTModel m) {
        ProductParams p = m.params().product();
        var tg = p.targets();
        if (tg.size() == 1 || p.logic() == Logic.SINGLE) return tg.get(0).word() + "-negative";
        String sep = p.logic() == Logic.AND ? " or " : "/";
        return tg.get(0).word() + sep + tg.get(1).word() + "-negative";
    }
}
