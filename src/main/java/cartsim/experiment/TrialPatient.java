package cartsim.experiment;

import java.util.Map;

/**
 * One virtual patient: enrolled always; infused unless manufacturing failed or the disease
 * progressed before infusion (then not simulated, but counted in intention-to-treat denominators).
 *
 * @param endpoints the run's summary, or null when not infused
 */
public record TrialPatient(int id, long seed, boolean infused, String notInfusedReason, Map<String, Object> sampled,
                           Map<String, Object> endpoints) {

    public Object endpoint(String name) {
        return endpoints == null ? null : endpoints.get(name);
    }

    public Double number(String name) {
        return endpoint(name) instanceof Number n ? n.doubleValue() : null;
    }

    public boolean responder() {
        Object b = endpoint(cartsim.model.Endpoint.BEST_RESPONSE.key());
        return "CR".equals(b) || "PR".equals(b);
    }
}
