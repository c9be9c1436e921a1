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

    /**
     * Best overall response at the scheduled assessments by the disease's criteria; the lattice
     * nadir ({@code best_response}) for journals written before the assessments existed.
     */
    public String bestOverallResponse() {
        Object b = endpoint(cartsim.model.Endpoint.BEST_OVERALL_RESPONSE.key());
        if (b == null && endpoints != null && !endpoints.containsKey(cartsim.model.Endpoint.BEST_OVERALL_RESPONSE.key()))
            b = endpoint(cartsim.model.Endpoint.BEST_RESPONSE.key());
        return b == null ? null : b.toString();
    }

    /** PR or better (VGPR, CR, sCR) */
    public boolean responder() {
        String b = bestOverallResponse();
        return "sCR".equals(b) || "CR".equals(b) || "VGPR".equals(b) || "PR".equals(b);
    }

    /** CR or better (sCR) */
    public boolean completeResponder() {
        String b = bestOverallResponse();
        return "sCR".equals(b) || "CR".equals(b);
    }
}
