package cartsim.model;

/** Manual driver used while calibrating: prints the course of the default scenario. */
public final class QuickRun {
    public static void main(String[] a) {
        long seed = a.length > 0 ? Long.parseLong(a[0]) : 1;
        double days = a.length > 1 ? Double.parseDouble(a[1]) : 60;
        ModelParams p = TestScenarios.params("simulation.days", days);
        CarTModel m = new CarTModel(p, seed);
        long t0 = System.nanoTime();
        m.runToEnd();
        double secs = (System.nanoTime() - t0) / 1e9;
        TimeSeries ts = m.series;
        int step = Math.max(1, ts.rows().size() / 40);
        System.out.println("day tumor pos low neg cart tissue blood mem eff exh blood/uL il6 ifng crs icans kills");
        for (int r = 0; r < ts.rows().size(); r += step) {
            double[] x = ts.rows().get(r);
            System.out.printf("%6.1f %6.0f %6.0f %5.0f %5.0f %6.0f %6.0f %6.0f %5.0f %5.0f %5.0f %8.1f %8.1f %8.1f %2.0f %2.0f %6.0f%n",
                    x[0], x[1], x[2], x[3], x[4], x[7], x[8], x[9], x[10], x[11], x[12], x[13], x[16], x[15], x[17], x[18], x[22]);
        }
        System.out.println(m.endpoints.toMap());
        System.out.printf("wall %.2f s, agent-steps %d, %.2f M/s%n", secs, m.agentSteps, m.agentSteps / secs / 1e6);
        m.events.forEach(System.out::println);
        System.out.printf("engagements %d contacts %d failed %d kills %d divisions %d%n", m.cart.engagements, m.cart.contacts, m.cart.failedContacts, m.cart.kills, m.cart.divisionsTotal);
    }
}
