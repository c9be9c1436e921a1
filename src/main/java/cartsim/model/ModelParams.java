package cartsim.model;

import cartsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario's parameters as typed fields, in the units of the schema. The model converts them
 * to per-step quantities when it starts. Fields are public and mutable so that the GUI inspector
 * can change them between runs; the headless model never changes them.
 */
public final class ModelParams {
    // simulation
    public double days, stepMinutes, siteSizeUm, outputIntervalHours;
    public int width, height;
    public long seed;
    // patient
    public double weightKg, tumorBurdenCells, initialOccupancy, bloodVolumeMlPerKg, hematocrit, tcellFitness, bloodShare;
    // disease
    public String diseaseType, spatialPattern;
    public double tumorDoublingH, tumorApoptosisPerDay, pdl1Mean, pdl1Cv, pdl1IfngInduction, detectionLimit, lineageSwitchPerDivision;
    public final double[] agMean = new double[Antigen.COUNT], agCv = new double[Antigen.COUNT],
            agPreNegative = new double[Antigen.COUNT], agLossPerDivision = new double[Antigen.COUNT],
            agRecoveryPerDay = new double[Antigen.COUNT];
    // product
    public String productName;
    public int[] targets;
    public Logic logic;
    public String costim;
    public double dosePerKg, doseCap, memoryFraction, cd4Fraction, hostRejectionPerDay, hill, trogocytosis;
    public boolean allogeneic;
    // costim effects (of the selected domain)
    public double threshold, costimProliferation, costimCytokine, costimExhaustion, costimMemory, costimPersistence;
    // cart
    public double divisionTimeH, stimulationWindowH, effectorHalfLifeD, memoryHalfLifeD, exhaustedHalfLifeD, effectorToMemoryPerDay,
            motilityUm2PerMin, chemotaxisBias, conjugationPerMin, contactMin, killProbability, granuleCapacity, granuleRefillH,
            cd4KillFactor, exhaustionPerEngagement, pd1ExhaustionPerEngagement, pdl1HalfEffect, exhaustionRecoveryPerH,
            exhaustedApoptosisFraction, ifngSecretion, cd4CytokineFactor, tissueEgressPerDay, bloodInfiltrationPerDay;
    public int maxDivisions;
    // myeloid
    public double myeloidDensity, myeloidOnPerH, myeloidOffPerH, myeloidIfngHalf, myeloidDampHalf, il6Secretion;
    // cytokines
    public int diffusionSubsteps;
    public double ifngD, il6D, dampD, ifngDecayPerH, il6DecayPerH, dampDecayPerH, ifngToSerum, il6ToSerum,
            ifngClearancePerH, il6ClearancePerH, il6Baseline, ifngBaseline;
    // crs / icans
    public double crsIfngWeight, crsFever, crsG2, crsG3, crsG4, icansDelayH, icansIl6Weight, icansIfngWeight, icansG1, icansG2, icansG3, icansG4;
    // treatment
    public double veinToVeinDays, ldStartDay, ldDurationDays, ldTumorKill, ldBoost, ldBoostHalfLifeDays, bridgingDay, bridgingKill;
    public boolean ldEnabled, bridgingEnabled;
    public final List<ChemoPulse> chemotherapy = new ArrayList<>();
    public boolean cpiEnabled;
    public double cpiStartDay, cpiBlockade;
    public boolean tociEnabled;
    public int tociMinGrade, tociMaxDoses;
    public double tociIntervalH, tociHalfLifeDays;
    public boolean steroidsEnabled;
    public int steroidMinCrs, steroidMinIcans;
    public double steroidCourseDays, steroidCytokineFactor, steroidCartFactor;
    // response
    public double crPct, prPct, pdPct, mrdPct, relapsePct, agNegRelapseShare;

    /** one chemotherapy or targeted-therapy pulse */
    public record ChemoPulse(double day, double tumorKill, double cartKill) {}

    public static ModelParams from(Scenario s) {
        ModelParams p = new ModelParams();
        p.days = s.d("simulation.days");
        p.stepMinutes = s.d("simulation.step_minutes");
        p.width = s.i("simulation.lattice_width");
        p.height = s.i("simulation.lattice_height");
        p.siteSizeUm = s.d("simulation.site_size_um");
        p.seed = s.i("simulation.seed");
        p.outputIntervalHours = s.d("simulation.output_interval_hours");

        p.weightKg = s.d("patient.weight_kg");
        p.tumorBurdenCells = s.d("patient.tumor_burden_cells");
        p.initialOccupancy = s.d("patient.initial_tumor_occupancy");
        p.bloodVolumeMlPerKg = s.d("patient.blood_volume_ml_per_kg");
        p.hematocrit = s.d("patient.hematocrit");
        p.tcellFitness = s.d("patient.tcell_fitness");
        p.bloodShare = s.d("patient.blood_share_of_circulating_pool");

        p.diseaseType = s.s("disease.type");
        p.spatialPattern = s.s("disease.spatial_pattern");
        p.tumorDoublingH = s.d("disease.doubling_time_h");
        p.tumorApoptosisPerDay = s.d("disease.apoptosis_rate_per_day");
        p.pdl1Mean = s.d("disease.pdl1_mean_molecules_per_cell");
        p.pdl1Cv = s.d("disease.pdl1_cv");
        p.pdl1IfngInduction = s.d("disease.pdl1_ifng_induction_fold");
        p.detectionLimit = s.d("disease.antigen_detection_limit_molecules");
        p.lineageSwitchPerDivision = s.d("disease.lineage_switch_per_division");
        for (int a = 0; a < Antigen.COUNT; a++) {
            String k = "disease.antigens." + Antigen.NAMES.get(a) + ".";
            p.agMean[a] = s.d(k + "mean_molecules_per_cell");
            p.agCv[a] = s.d(k + "cv");
            p.agPreNegative[a] = s.d(k + "preexisting_negative_fraction");
            p.agLossPerDivision[a] = s.d(k + "loss_per_division");
            p.agRecoveryPerDay[a] = s.d(k + "recovery_rate_per_day");
        }

        p.productName = s.s("product.name");
        p.targets = s.list("product.targets").stream().mapToInt(Antigen::index).toArray();
        p.logic = Logic.parse(s.s("product.logic"));
        p.costim = s.s("product.costim");
        p.dosePerKg = s.d("product.dose_cells_per_kg");
        p.doseCap = s.d("product.dose_cap_cells");
        p.memoryFraction = s.d("product.memory_fraction");
        p.cd4Fraction = s.d("product.cd4_fraction");
        p.allogeneic = s.b("product.allogeneic");
        p.hostRejectionPerDay = s.d("product.host_rejection_rate_per_day");
        p.hill = s.d("product.hill_coefficient");
        p.trogocytosis = s.d("product.trogocytosis_fraction");

        p.applyCostim(s, p.costim);

        p.divisionTimeH = s.d("cart.division_time_h");
        p.maxDivisions = s.i("cart.max_divisions");
        p.stimulationWindowH = s.d("cart.stimulation_window_h");
        p.effectorHalfLifeD = s.d("cart.effector_half_life_days");
        p.memoryHalfLifeD = s.d("cart.memory_half_life_days");
        p.exhaustedHalfLifeD = s.d("cart.exhausted_half_life_days");
        p.effectorToMemoryPerDay = s.d("cart.effector_to_memory_per_day");
        p.motilityUm2PerMin = s.d("cart.motility_um2_per_min");
        p.chemotaxisBias = s.d("cart.chemotaxis_bias");
        p.conjugationPerMin = s.d("cart.conjugation_rate_per_min");
        p.contactMin = s.d("cart.contact_time_min");
        p.killProbability = s.d("cart.kill_probability_per_contact");
        p.granuleCapacity = s.d("cart.granule_capacity");
        p.granuleRefillH = s.d("cart.granule_refill_hours");
        p.cd4KillFactor = s.d("cart.cd4_kill_factor");
        p.exhaustionPerEngagement = s.d("cart.exhaustion_per_engagement");
        p.pd1ExhaustionPerEngagement = s.d("cart.pd1_exhaustion_per_engagement");
        p.pdl1HalfEffect = s.d("cart.pdl1_half_effect_molecules");
        p.exhaustionRecoveryPerH = s.d("cart.exhaustion_recovery_per_hour");
        p.exhaustedApoptosisFraction = s.d("cart.exhausted_apoptosis_fraction");
        p.ifngSecretion = s.d("cart.ifng_secretion_pg_per_cell_per_h");
        p.cd4CytokineFactor = s.d("cart.cd4_cytokine_factor");
        p.tissueEgressPerDay = s.d("cart.tissue_egress_per_day");
        p.bloodInfiltrationPerDay = s.d("cart.blood_infiltration_per_day");

        p.myeloidDensity = s.d("myeloid.density");
        p.myeloidOnPerH = s.d("myeloid.activation_rate_per_hour");
        p.myeloidOffPerH = s.d("myeloid.deactivation_rate_per_hour");
        p.myeloidIfngHalf = s.d("myeloid.ifng_half_activation_pg_per_ml");
        p.myeloidDampHalf = s.d("myeloid.damp_half_activation");
        p.il6Secretion = s.d("myeloid.il6_secretion_pg_per_cell_per_h");

        p.diffusionSubsteps = s.i("cytokines.diffusion_substeps");
        p.ifngD = s.d("cytokines.ifng_diffusion_um2_per_s");
        p.il6D = s.d("cytokines.il6_diffusion_um2_per_s");
        p.dampD = s.d("cytokines.damp_diffusion_um2_per_s");
        p.ifngDecayPerH = s.d("cytokines.ifng_tissue_decay_per_hour");
        p.il6DecayPerH = s.d("cytokines.il6_tissue_decay_per_hour");
        p.dampDecayPerH = s.d("cytokines.damp_decay_per_hour");
        p.ifngToSerum = s.d("cytokines.ifng_to_serum_fraction");
        p.il6ToSerum = s.d("cytokines.il6_to_serum_fraction");
        p.ifngClearancePerH = s.d("cytokines.ifng_serum_clearance_per_hour");
        p.il6ClearancePerH = s.d("cytokines.il6_serum_clearance_per_hour");
        p.il6Baseline = s.d("cytokines.il6_baseline_pg_per_ml");
        p.ifngBaseline = s.d("cytokines.ifng_baseline_pg_per_ml");

        p.crsIfngWeight = s.d("crs.ifng_weight");
        p.crsFever = s.d("crs.fever_index_pg_per_ml");
        p.crsG2 = s.d("crs.grade2_index_pg_per_ml");
        p.crsG3 = s.d("crs.grade3_index_pg_per_ml");
        p.crsG4 = s.d("crs.grade4_index_pg_per_ml");
        p.icansDelayH = s.d("icans.cns_delay_hours");
        p.icansIfngWeight = s.d("icans.ifng_weight");
        p.icansIl6Weight = s.d("icans.il6_weight");
        p.icansG1 = s.d("icans.grade1_pg_per_ml");
        p.icansG2 = s.d("icans.grade2_pg_per_ml");
        p.icansG3 = s.d("icans.grade3_pg_per_ml");
        p.icansG4 = s.d("icans.grade4_pg_per_ml");

        p.veinToVeinDays = s.d("treatment.vein_to_vein_days");
        p.ldEnabled = s.b("treatment.lymphodepletion.enabled");
        p.ldStartDay = s.d("treatment.lymphodepletion.start_day");
        p.ldDurationDays = s.d("treatment.lymphodepletion.duration_days");
        p.ldTumorKill = s.d("treatment.lymphodepletion.tumor_kill_fraction");
        p.ldBoost = s.d("treatment.lymphodepletion.expansion_boost");
        p.ldBoostHalfLifeDays = s.d("treatment.lymphodepletion.boost_half_life_days");
        p.bridgingEnabled = s.b("treatment.bridging.enabled");
        p.bridgingDay = s.d("treatment.bridging.day");
        p.bridgingKill = s.d("treatment.bridging.tumor_kill_fraction");
        for (Map<String, Object> r : s.records("treatment.chemotherapy"))
            p.chemotherapy.add(new ChemoPulse(num(r, "day"), num(r, "tumor_kill_fraction"), num(r, "cart_kill_fraction")));
        p.cpiEnabled = s.b("treatment.checkpoint_inhibitor.enabled");
        p.cpiStartDay = s.d("treatment.checkpoint_inhibitor.start_day");
        p.cpiBlockade = s.d("treatment.checkpoint_inhibitor.pd1_blockade");
        p.tociEnabled = s.b("treatment.tocilizumab.enabled");
        p.tociMinGrade = s.i("treatment.tocilizumab.min_crs_grade");
        p.tociMaxDoses = s.i("treatment.tocilizumab.max_doses");
        p.tociIntervalH = s.d("treatment.tocilizumab.min_interval_hours");
        p.tociHalfLifeDays = s.d("treatment.tocilizumab.half_life_days");
        p.steroidsEnabled = s.b("treatment.steroids.enabled");
        p.steroidMinCrs = s.i("treatment.steroids.min_crs_grade");
        p.steroidMinIcans = s.i("treatment.steroids.min_icans_grade");
        p.steroidCourseDays = s.d("treatment.steroids.course_days");
        p.steroidCytokineFactor = s.d("treatment.steroids.cytokine_factor");
        p.steroidCartFactor = s.d("treatment.steroids.cart_function_factor");

        p.crPct = s.d("response.cr_below_pct_baseline");
        p.prPct = s.d("response.pr_below_pct_baseline");
        p.pdPct = s.d("response.pd_above_pct_baseline");
        p.mrdPct = s.d("response.mrd_negative_below_pct_baseline");
        p.relapsePct = s.d("response.relapse_above_pct_baseline");
        p.agNegRelapseShare = s.d("response.antigen_negative_relapse_share");
        return p;
    }

    /** selects a costimulatory domain and copies its effects from the scenario's costim section */
    public void applyCostim(Scenario s, String domain) {
        String c = "costim." + domain + ".";
        threshold = s.d(c + "antigen_threshold_molecules");
        costimProliferation = s.d(c + "proliferation_factor");
        costimCytokine = s.d(c + "cytokine_factor");
        costimExhaustion = s.d(c + "exhaustion_factor");
        costimMemory = s.d(c + "memory_factor");
        costimPersistence = s.d(c + "persistence_factor");
        costim = domain;
    }

    private static double num(Map<String, Object> r, String k) {
        return ((Number) r.get(k)).doubleValue();
    }

    /** first simulated day (negative: before infusion); allogeneic products need no manufacturing wait */
    public double startDay() {
        double start = allogeneic ? 0 : -veinToVeinDays;
        if (ldEnabled) start = Math.min(start, ldStartDay);
        if (bridgingEnabled) start = Math.min(start, bridgingDay);
        for (ChemoPulse c : chemotherapy) start = Math.min(start, c.day());
        return start;
    }
}
