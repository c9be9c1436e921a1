package cartsim.scenario;

import java.util.Optional;

/**
 * A cross-parameter consistency rule (e.g. AND logic needs two targets). Returns the violation,
 * naming the offending parameter path so the error can point at its line in the file.
 */
@FunctionalInterface
public interface Rule {
    Optional<Violation> check(Scenario scenario);

    /** @param path parameter to blame; @param message what is wrong; @param allowed what would be fine */
    record Violation(String path, String message, String allowed) {}
}
