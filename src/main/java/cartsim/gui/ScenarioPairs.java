package cartsim.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled side-by-side comparisons a teacher reaches for most, as listed in the Scenarios menu. */
final class ScenarioPairs {
    /** two bundled scenarios that differ in the therapy only */
    record Pair(String label, String a, String b) {}

    static final List<Pair> BUNDLED = List.of(
            new Pair("Single vs dual target (CD19 vs CD19 OR CD22)", "antigen-escape.yaml", "dual-target-cd19-cd22.yaml"),
            new Pair("CRS managed vs unmanaged", "crs-management.yaml", "crs-management-none.yaml"),
            new Pair("4-1BB vs CD28 costimulation", "classroom.yaml", "classroom-cd28.yaml"));

    private ScenarioPairs() {}

    /** the bundled pairs whose two files are both in {@code dir} */
    static List<Pair> available(Path dir) {
        List<Pair> out = new ArrayList<>();
        for (Pair p : BUNDLED)
            if (Files.isRegularFile(dir.resolve(p.a())) && Files.isRegularFile(dir.resolve(p.b()))) out.add(p);
        return out;
    }
}
