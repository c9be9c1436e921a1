package cartsim.model;

import cartsim.model.params.Parameters;
import cartsim.scenario.CartSchema;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.Param;
import cartsim.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds scenarios from schema defaults plus overrides, without YAML, for model tests. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario with(Object... pathValuePairs) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Param p : CartSchema.get().params()) v.put(p.path(), p.defaultValue());
        for (int i = 0; i < pathValuePairs.length; i += 2) {
            String path = (String) pathValuePairs[i];
            if (!v.containsKey(path)) throw new IllegalArgumentException("no parameter " + path);
            v.put(path, pathValuePairs[i + 1]);
        }
        return new Scenario(CartSchema.get(), v, "test", null);
    }

    /** base path/value pairs followed by extra ones (later pairs win) */
    public static Object[] join(Object[] base, Object... extra) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    public static Parameters params(Object... pathValuePairs) {
        return ParamRegistry.bind(with(pathValuePairs));
    }
}
