package cartsim.experiment;

import cartsim.scenario.IncludedFile;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.YamlNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CRS/ICANS management protocol file (e.g. {@code protocols/eliana-severe-only.yaml}): the
 * trigger rules, doses and effects of tocilizumab, corticosteroids and anakinra of one trial era,
 * as the {@code treatment.tocilizumab/steroids/anakinra} parameters. A trial file names it with
 * {@code protocol:}; its values apply before the trial's own {@code set:}. Errors point at the
 * protocol file's line.
 */
public final class ProtocolLoader {
    static final List<String> DRUGS = List.of("tocilizumab", "steroids", "anakinra");
    static final List<String> KEYS = List.of("name", "description", "tocilizumab", "steroids", "anakinra");

    private ProtocolLoader() {}

    /** the scenario with the protocol named by {@code entry} (a path relative to {@code including}) applied */
    static Scenario apply(Scenario s, Path including, YamlNode.Entry entry) throws ScenarioException {
        String target = YamlFields.text(entry.value(), "protocol");
        Path path = IncludedFile.resolve(including, target, entry.value().at(), "protocol");
        return apply(s, path);
    }

    public static Scenario apply(Scenario s, Path protocol) throws ScenarioException {
        YamlNode.Mapping root = YamlFields.readFile(protocol);
        YamlFields.onlyKeys(root, "", KEYS);
        for (YamlNode.Entry e : root.entries().values()) {
            if (!DRUGS.contains(e.key())) {
                YamlFields.text(e.value(), e.key());
                continue;
            }
            YamlNode.Mapping drug = YamlFields.mapping(e.value(), e.key(), "parameter: value (see treatment." + e.key() + ".* in docs/parameters.md)");
            for (YamlNode.Entry p : drug.entries().values()) {
                String path = "treatment." + e.key() + "." + p.key();
                if (s.schema().find(path) == null) {
                    List<String> known = s.schema().params().stream().map(q -> q.path())
                            .filter(q -> q.startsWith("treatment." + e.key() + ".")).map(q -> q.substring(q.lastIndexOf('.') + 1)).toList();
                    throw new ScenarioException(p.keyAt(), e.key() + "." + p.key(), "unknown key", String.join(", ", known));
                }
                try {
                    s = s.with(Map.of(path, p.value()));
                } catch (ScenarioException ex) {
                    throw YamlFields.relocate(ex, p.value().at(), e.key() + "." + p.key());
                }
            }
        }
        return s;
    }
}
