package cartsim.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes small synthetic result folders in the docs/results-format.md layout, so chart tests
 * exercise the same files the simulator writes without running a simulation.
 */
final class ResultFixtures {

    static final String TIMESERIES_HEADER = "day,tumor_cells,tumor_antigen_positive,tumor_antigen_low,"
            + "tumor_antigen_negative,tumor_burden_pct_baseline,patient_tumor_cells,cart_cells,cart_tissue,"
            + "cart_blood,cart_memory,cart_effector,cart_exhausted,cart_blood_per_ul,"
            + "myeloid_activated_fraction,ifng_pg_per_ml,il6_pg_per_ml,crs_grade,icans_grade,fever_c,"
            + "tocilizumab_doses,steroids_active,kills_total";

    /** days −5 … 60 in half-day steps */
    static final int TIMESERIES_ROWS = 131;
    /** CRS runs in the synthetic series: grade 1, 2, 3, then 1 again */
    static final int CRS_EPISODES = 4;

    private ResultFixtures() {
    }

    static Path runFolder(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("run"));
        write(dir, "manifest.json", """
                {"kind":"run","cartsim_version":"0.1.0","git_commit":null,"seed":42,
                 "scenario_name":"axicel_dlbcl","java_version":"17","started_at":"2024-01-01T00:00:00Z",
                 "wall_seconds":3.2,"days":60,"command":"run"}
                """);
        List<String> rows = new ArrayList<>();
        rows.add(TIMESERIES_HEADER);
        for (int i = 0; i < TIMESERIES_ROWS; i++) {
            double day = -5 + i * 0.5;
            double pos = day < 0 ? 10000 : Math.max(0, 10000 * Math.exp(-0.4 * day));
            double low = day < 0 ? 800 : 800 * Math.exp(-0.1 * day);
            double neg = day < 30 ? 5 : 5 * Math.exp(0.15 * (day - 30));
            double tumor = Math.round(pos) + Math.round(low) + Math.round(neg);
            double cart = day < 0 ? 0 : 20 + 3000 * Math.exp(-Math.pow((day - 10) / 5, 2));
            double memory = cart * 0.3;
            double exhausted = cart * Math.min(0.5, Math.max(0, day) / 100);
            double effector = cart - memory - exhausted;
            double il6 = 5 + 4000 * Math.exp(-Math.pow((day - 5) / 2, 2));
            double ifng = 2 + 300 * Math.exp(-Math.pow((day - 6) / 2.5, 2));
            int crs = day >= 2 && day < 4 ? 1 : day >= 4 && day < 6 ? 2 : day >= 6 && day < 7 ? 3
                    : day >= 7 && day < 9 ? 1 : 0;
            rows.add(csv(day, tumor, pos, low, neg, tumor / 108.05, tumor * 1e5, cart, cart * 0.8, cart * 0.2,
                    memory, effector, exhausted, cart * 0.1, 0.2, ifng, il6, crs, 0, 37 + crs * 0.6,
                    day >= 5 ? 2 : day >= 4 ? 1 : 0, day >= 6 && day < 10 ? 1 : 0, i * 10));
        }
        write(dir, "timeseries.csv", String.join("\n", rows) + "\n");
        write(dir, "events.csv", """
                day,event,detail
                -5,lymphodepletion,flu/cy
                0,infusion,"2e6 cells/kg, CD28"
                4,tocilizumab,8 mg/kg
                5,tocilizumab,8 mg/kg
                6,steroids,dexamethasone 10 mg
                2,crs_onset,grade 1
                45,relapse,"antigen-negative"
                """);
        write(dir, "summary.json", """
                {"seed":42,"scenario_name":"axicel_dlbcl","days":60,"baseline_tumor_cells":10805,
                 "best_response":"CR","best_response_day":21,"relapse_day":45,"crs_max_grade":3}
                """);
        return dir;
    }

    /** CAR-T dose levels × costimulatory domains, 20 replicates per point */
    static final double[] DOSES = {1e5, 5e5, 2e6, 1e7};
    static final String[] COSTIM = {"CD28", "4-1BB", "CD28+4-1BB"};
    static final String[] SWEEP_ENDPOINTS = {"best_response_CR", "crs_max_grade", "relapse", "cart_peak_blood_per_ul"};

    /** a two-parameter grid sweep with a PRCC table (as if it had also been analysed by LHS) */
    static Path sweepFolder(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sweep"));
        write(dir, "manifest.json", "{\"kind\":\"sweep\",\"cartsim_version\":\"0.1.0\",\"seed\":7}\n");
        List<String> rows = new ArrayList<>();
        rows.add("point,cart.dose_per_kg,cart.costim,endpoint,kind,n,mean,sd,ci_low,ci_high");
        int point = 0;
        for (double dose : DOSES) {
            for (int c = 0; c < COSTIM.length; c++) {
                double effect = Math.log10(dose) - 4;
                double cr = Math.min(0.95, 0.15 * effect + 0.1 * c);
                double crs = Math.min(4, 0.5 * effect + 0.3 * c);
                double relapse = Math.max(0.05, 0.6 - 0.1 * effect - 0.05 * c);
                double peak = 10 * Math.pow(dose / 1e5, 0.7) * (1 + c);
                rows.add(csv(point, dose, COSTIM[c], "best_response_CR", "rate", 20, cr, "",
                        Math.max(0, cr - 0.18), Math.min(1, cr + 0.18)));
                rows.add(csv(point, dose, COSTIM[c], "crs_max_grade", "continuous", 20, crs, 0.8,
                        crs - 0.37, crs + 0.37));
                rows.add(csv(point, dose, COSTIM[c], "relapse", "rate", 20, relapse, "",
                        Math.max(0, relapse - 0.2), Math.min(1, relapse + 0.2)));
                rows.add(csv(point, dose, COSTIM[c], "cart_peak_blood_per_ul", "continuous", 20, peak, peak * 0.3,
                        peak * 0.85, peak * 1.15));
                point++;
            }
        }
        write(dir, "summary.csv", String.join("\n", rows) + "\n");
        write(dir, "sensitivity.csv", sensitivityCsv());
        return dir;
    }

    static final String[] LHS_PARAMS = {"cart.dose_per_kg", "tumor.antigen_loss_rate", "cart.exhaustion_rate",
        "myeloid.il6_secretion", "cart.kill_probability", "tumor.growth_rate"};

    static String sensitivityCsv() {
        StringBuilder sb = new StringBuilder("endpoint,parameter,prcc,p_value\n");
        double[] prcc = {0.62, -0.48, -0.35, 0.05, 0.71, -0.12};
        for (String ep : new String[]{"best_response_CR", "crs_max_grade"}) {
            for (int i = 0; i < LHS_PARAMS.length; i++) {
                double v = "crs_max_grade".equals(ep) ? -prcc[i] * 0.8 : prcc[i];
                sb.append(csv(ep, LHS_PARAMS[i], v, Math.abs(v) > 0.2 ? 0.001 : 0.4)).append('\n');
            }
        }
        return sb.toString();
    }

    /** a one-parameter sweep: dose only */
    static Path sweepOneParameter(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sweep1"));
        write(dir, "manifest.json", "{\"kind\":\"sweep\"}\n");
        List<String> rows = new ArrayList<>();
        rows.add("point,cart.dose_per_kg,endpoint,kind,n,mean,sd,ci_low,ci_high");
        for (int p = 0; p < DOSES.length; p++) {
            double cr = 0.2 + 0.15 * p;
            rows.add(csv(p, DOSES[p], "best_response_CR", "rate", 30, cr, "", cr - 0.15, cr + 0.15));
            rows.add(csv(p, DOSES[p], "crs_max_grade", "continuous", 30, 0.5 + p * 0.4, 0.7, 0.3 + p * 0.4,
                    0.7 + p * 0.4));
        }
        write(dir, "summary.csv", String.join("\n", rows) + "\n");
        return dir;
    }

    static final int TRIAL_PATIENTS = 40;
    /** patients 5, 10, … are enrolled but never infused, and must be left out of the charts */
    static final int TRIAL_INFUSED = TRIAL_PATIENTS - TRIAL_PATIENTS / 5;
    static final String[] TRIAL_METRICS = {"orr", "cr_rate", "crs_grade3plus_rate", "median_rfs_days"};

    static Path trialFolder(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("trial"));
        write(dir, "manifest.json", "{\"kind\":\"trial\",\"cartsim_version\":\"0.1.0\"}\n");
        List<String> rows = new ArrayList<>();
        rows.add("patient,seed,enrolled,infused,cart.dose_per_kg,best_response,best_tumor_change_pct,"
                + "crs_max_grade,icans_max_grade,relapse_day");
        for (int p = 1; p <= TRIAL_PATIENTS; p++) {
            boolean infused = p % 5 != 0;
            if (!infused) {
                rows.add(csv("P" + p, 1000 + p, "true", "false", 2e6, "", "", "", "", ""));
                continue;
            }
            double change = -100 + (p * 37 % 250);
            String response = change <= -99 ? "CR" : change <= -50 ? "PR" : change < 25 ? "SD" : "PD";
            rows.add(csv("P" + p, 1000 + p, "true", "true", 2e6, response, change, p % 5, p % 3, ""));
        }
        write(dir, "patients.csv", String.join("\n", rows) + "\n");
        write(dir, "endpoints.csv", """
                metric,value,ci_low,ci_high,published
                orr,0.82,0.66,0.91,0.83
                cr_rate,0.55,0.39,0.70,0.58
                crs_grade3plus_rate,0.12,0.05,0.26,0.11
                median_rfs_days,240,180,330,
                """);
        write(dir, "km.csv", """
                time_days,at_risk,events,censored,survival,ci_low,ci_high
                0,32,0,0,1,1,1
                30,32,3,1,0.90625,0.74,0.97
                60,28,4,2,0.7768,0.59,0.88
                90,22,2,3,0.7062,0.51,0.83
                180,17,3,2,0.5816,0.38,0.74
                270,12,1,4,0.5332,0.33,0.70
                365,7,1,6,0.4570,0.24,0.65
                """);
        write(dir, "report.md", "# Trial report\n");
        return dir;
    }

    static void write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String csv(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (Object c : cells) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            if (c instanceof Double d) {
                sb.append(String.format(Locale.ROOT, "%.6g", d));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
