package cartsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The list of every scenario parameter plus the cross-parameter rules. Order is document order. */
public final class Schema {
    private final Map<String, Param> byPath = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    public Schema add(Param p) {
        if (byPath.put(p.path(), p) != null) throw new IllegalStateException("duplicate parameter " + p.path());
        return this;
    }

    public Schema rule(Rule r) {
        rules.add(r);
        return this;
    }

    public List<Param> params() {
        return List.copyOf(byPath.values());
    }

    public Param find(String path) {
        return byPath.get(path);
    }

    public List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** true when {@code prefix} names a section (an inner node) of the tree, e.g. "disease.antigens" */
    public boolean isSection(String prefix) {
        String p = prefix + ".";
        for (String k : byPath.keySet()) if (k.startsWith(p)) return true;
        return false;
    }

    /** the keys allowed directly below a section ("" = top level), for "allowed:" in errors */
    public List<String> childKeys(String section) {
        String p = section.isEmpty() ? "" : section + ".";
        List<String> out = new ArrayList<>();
        for (String k : byPath.keySet()) {
            if (!k.startsWith(p)) continue;
            String rest = k.substring(p.length());
            int dot = rest.indexOf('.');
            String child = dot < 0 ? rest : rest.substring(0, dot);
            if (!out.contains(child)) out.add(child);
        }
        return out;
    }
}
