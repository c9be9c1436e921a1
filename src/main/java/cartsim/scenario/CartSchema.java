package cartsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cartsim.scenario.Param.bool;
import static cartsim.scenario.Param.choice;
import static cartsim.scenario.Param.choices;
import static cartsim.scenario.Param.integer;
import static cartsim.scenario.Param.real;
import static cartsim.scenario.Param.records;
import static cartsim.scenario.Param.text;

/**
 * Every cartsim parameter: path, default, allowed range, unit and source. Defaults describe the
 * built-in default scenario: tisagenlecleucel (anti-CD19, 4-1BB) at label dose in pediatric
 * relapsed/refractory B-ALL (ELIANA). Source keys ("S1", "S12" …) refer to the source list in
 * {@code docs/model.md}; "reasoned" marks an estimate argued there.
 */
public final class CartSchema {
    public static final List<String> ANTIGENS = List.of("CD19", "CD22", "BCMA");
    public static final List<String> COSTIMS = List.of("CD28", "4-1BB");

    private static final Schema SCHEMA = build();

    private CartSchema() {}

    public static Schema get() {
        return SCHEMA;
    }

    private static Schema build() {
        Schema s = new Schema();
        simulation(s);
        patient(s);
        disease(s);
        product(s);
        costim(s);
        cart(s);
        myeloid(s);
        cytokines(s);
        crs(s);
        icans(s);
        treatment(s);
        response(s);
        rules(s);
        return s;
    }

    private static void simulation(Schema s) {
        s.add(real("simulation.days", 60, 0.1, 3650, "d", "reasoned: covers expansion, contraction and early relapse", "days simulated after infusion (day 0)"));
        s.add(real("simulation.step_minutes", 6, 0.25, 60, "min", "reasoned: resolves a ~25 min CAR-T contact (S55) in several steps", "base time step Δt; slower processes use p = 1 − exp(−rate·Δt)"));
        s.add(integer("simulation.lattice_width", 150, 10, 4000, "sites", "reasoned: ~2.3 mm section at 15 µm", "lattice width"));
        s.add(integer("simulation.lattice_height", 150, 10, 4000, "sites", "reasoned", "lattice height"));
        s.add(real("simulation.site_size_um", 15, 5, 50, "µm", "reasoned: blast/lymphocyte diameter 8–12 µm plus interstitium", "edge length of one lattice site (one cell)"));
        s.add(integer("simulation.seed", 1, 0, Integer.MAX_VALUE, "-", "-", "random seed (MersenneTwisterFast); --seed overrides"));
        s.add(real("simulation.output_interval_hours", 6, 0.1, 720, "h", "-", "time-series sampling interval"));
    }

    private static void patient(Schema s) {
        s.add(real("patient.weight_kg", 40, 3, 250, "kg", "reasoned: ELIANA median age 11 y", "body weight (dose and blood volume scale with it)"));
        s.add(real("patient.tumor_burden_cells", 5e10, 1e6, 1e13, "cells", "reasoned: r/r B-ALL marrow-dominant burden 1e10–1e12", "patient tumor burden at the start of the simulation; sets the patient scale factor"));
        s.add(real("patient.initial_tumor_occupancy", 0.6, 0.0001, 1, "fraction of sites", "reasoned: ELIANA median marrow blasts ~70%", "share of lattice sites holding a tumor cell at start"));
        s.add(real("patient.blood_volume_ml_per_kg", 70, 40, 110, "mL/kg", "standard physiology", "blood volume per kg"));
        s.add(real("patient.hematocrit", 0.35, 0.1, 0.7, "-", "standard physiology (r/r leukemia: anaemic)", "red-cell volume fraction; plasma = blood × (1 − hematocrit)"));
        s.add(real("patient.blood_share_of_circulating_pool", 0.02, 0.001, 1, "fraction", "Westermann & Pabst 1992: ~2% of the body's lymphocytes are in the blood at any time", "share of the recirculating CAR-T pool (the model's blood compartment) that is in the blood, for cells/µL"));
        s.add(real("patient.tcell_fitness", 1.0, 0.05, 5, "fold", "reasoned: between-patient variation of expansion (S23)", "multiplies CAR-T proliferation rate (patient T-cell fitness)"));
    }

    private static void disease(Schema s) {
        s.add(choice("disease.type", "B-ALL", List.of("B-ALL", "LBCL", "MM", "MCL"), "-", "disease label used in reports (numbers come from the keys below)"));
        s.add(choice("disease.spatial_pattern", "diffuse", List.of("diffuse", "nodular"), "reasoned: leukemia infiltrates marrow diffusely; lymphoma forms masses", "initial tumor layout"));
        s.add(real("disease.doubling_time_h", 158, 4, 100000, "h", "S19: B-ALL birth 10–11 %/d", "cell-cycle doubling time of tumor cells with free space (birth rate ln2/T)"));
        s.add(real("disease.apoptosis_rate_per_day", 0.04, 0, 10, "1/d", "S19: B-ALL apoptosis ~4 %/d", "spontaneous tumor apoptosis"));
        s.add(real("disease.pdl1_mean_molecules_per_cell", 3600, 0, 1e6, "molecules/cell", "S12", "mean PD-L1 per tumor cell (log-normal)"));
        s.add(real("disease.pdl1_cv", 0.5, 0, 5, "-", "reasoned", "coefficient of variation of PD-L1"));
        s.add(real("disease.pdl1_ifng_induction_fold", 2, 1, 50, "fold", "reasoned: adaptive PD-L1 up-regulation by IFN-γ", "PD-L1 fold increase at saturating local IFN-γ"));
        s.add(real("disease.antigen_detection_limit_molecules", 200, 0, 1e5, "molecules/cell", "reasoned: flow-cytometry detection limit", "below this a cell is antigen-negative"));
        s.add(real("disease.lineage_switch_per_division", 0, 0, 1, "1/division", "S48: 7.2% of CD19 relapses are lineage switch; rate not retrieved", "probability that a daughter switches lineage (loses CD19 and CD22)"));
        for (String ag : ANTIGENS) {
            String p = "disease.antigens." + ag + ".";
            double mean = switch (ag) { case "CD19" -> 20000; case "CD22" -> 4000; default -> 0; };
            double neg = ag.equals("BCMA") ? 0 : 2e-5;
            s.add(real(p + "mean_molecules_per_cell", mean, 0, 1e6, "molecules/cell", ag.equals("BCMA") ? "S8: BCMA 222–12590 on myeloma (0: not expressed on B-ALL)" : "S18, S61: CD19 ≈2000 threshold, blasts several-fold above; CD22 lower (reasoned)", ag + " mean density (log-normal); 0 = not expressed"));
            s.add(real(p + "cv", 0.6, 0, 5, "-", "reasoned: wide inter-cell spread (S13 SD 0.25 relative, clinical spread larger)", ag + " coefficient of variation"));
            s.add(real(p + "preexisting_negative_fraction", neg, 0, 1, "fraction", "reasoned: CD19-negative subclones detectable before therapy in some patients (S48)", "share of " + ag + "-negative cells at start"));
            s.add(real(p + "loss_per_division", 1e-5, 0, 1, "1/division", "reasoned: not retrieved (S28); sweep it", "probability a daughter heritably loses " + ag));
            s.add(real(p + "recovery_rate_per_day", 0.5, 0, 100, "1/d", "reasoned: re-synthesis after trogocytosis within days (S31)", "return of down-regulated " + ag + " toward the heritable level"));
        }
    }

    private static void product(Schema s) {
        s.add(text("product.name", "tisagenlecleucel", "product label"));
        s.add(choices("product.targets", List.of("CD19"), ANTIGENS, "design fact", "antigens the CAR recognises (one or two)"));
        s.add(choice("product.logic", "single", List.of("single", "OR", "AND"), "design fact", "single target; OR: either antigen triggers (S7, S31); AND: both needed"));
        s.add(choice("product.costim", "4-1BB", COSTIMS, "design fact", "costimulatory domain; sets threshold, expansion, exhaustion and persistence (costim section)"));
        s.add(real("product.dose_cells_per_kg", 3.1e6, 1, 1e10, "CAR+ cells/kg", "ELIANA median 3.1e6/kg (calibration S2)", "infused dose per kg"));
        s.add(real("product.dose_cap_cells", 2.5e8, 1, 1e11, "CAR+ cells", "tisagenlecleucel label maximum", "upper limit of the total dose"));
        s.add(real("product.memory_fraction", 0.3, 0, 1, "fraction", "reasoned: TSCM/TCM share of apheresis products", "share of memory-like cells in the product"));
        s.add(real("product.cd4_fraction", 0.5, 0, 1, "fraction", "reasoned; liso-cel is a defined 1:1 CD8:CD4 product", "share of CD4 CAR-T (help: more cytokine, weaker killing)"));
        s.add(bool("product.allogeneic", false, "design fact", "off-the-shelf donor product: no manufacturing delay, host rejection hazard"));
        s.add(real("product.host_rejection_rate_per_day", 0.12, 0, 10, "1/d", "S22: UCART19 lost by day 28 in ~40%; calibrated, reasoned", "host-versus-graft hazard on allogeneic CAR-T at full host immunity"));
        s.add(real("product.hill_coefficient", 2, 0.5, 10, "-", "reasoned: switch-like antigen response (S62)", "steepness of antigen recognition around the threshold"));
        s.add(real("product.trogocytosis_fraction", 0.1, 0, 1, "fraction/engagement", "S31 (qualitative); reasoned", "share of target antigen stripped per engagement"));
    }

    private static void costim(Schema s) {
        for (String c : COSTIMS) {
            boolean cd28 = c.equals("CD28");
            String p = "costim." + c + ".";
            s.add(real(p + "antigen_threshold_molecules", cd28 ? 2000 : 4000, 1, 1e6, "molecules/cell", cd28 ? "S18, S61: ~2000 CD19/cell for CD28ζ" : "S61, S62: 4-1BB CARs need more antigen (reasoned 2×)", "antigen density for half-maximal recognition"));
            s.add(real(p + "proliferation_factor", cd28 ? 1.25 : 1.0, 0.1, 5, "fold", "reasoned: CD28ζ faster effector expansion (Kawalekar 2016)", "multiplies CAR-T proliferation rate"));
            s.add(real(p + "exhaustion_factor", cd28 ? 1.25 : 1.0, 0.1, 10, "fold", "reasoned: CD28ζ tonic signalling and faster exhaustion (Long 2015)", "multiplies exhaustion per engagement"));
            s.add(real(p + "memory_factor", cd28 ? 0.5 : 1.5, 0, 20, "fold", "reasoned: 4-1BB favours memory and persistence", "multiplies effector→memory conversion"));
            s.add(real(p + "cytokine_factor", cd28 ? 2.0 : 1.0, 0, 20, "fold", "reasoned: CD28ζ CARs secrete more effector cytokine than 4-1BBζ (Salter 2018; Zhao 2015); calibrated to ZUMA-1 ICANS", "multiplies IFN-γ secretion"));
            s.add(real(p + "persistence_factor", cd28 ? 0.5 : 1.0, 0.01, 10, "fold", "reasoned: axi-cel persists shorter than tisa-cel", "multiplies memory half-life"));
        }
    }

    private static void cart(Schema s) {
        s.add(real("cart.division_time_h", 18.7, 2, 1000, "h", "S1: expansion ρ 0.889/d", "doubling time while stimulated"));
        s.add(integer("cart.max_divisions", 12, 0, 40, "divisions", "S12 (10); S1 3900-fold ≈ 2^12", "division limit per infused cell lineage"));
        s.add(real("cart.stimulation_window_h", 36, 0.1, 1000, "h", "reasoned: brief antigen exposure commits T cells to several divisions (van Stipdonk 2001)", "time after an engagement during which a cell proliferates and secretes"));
        s.add(real("cart.effector_half_life_days", 4.3, 0.1, 1000, "d", "S1: contraction α 0.16/d", "effector CAR-T half-life"));
        s.add(real("cart.memory_half_life_days", 217, 1, 10000, "d", "S1: persistence β 0.0032/d", "memory-like CAR-T half-life"));
        s.add(real("cart.exhausted_half_life_days", 2, 0.05, 1000, "d", "reasoned: terminally exhausted cells are short-lived", "exhausted CAR-T half-life"));
        s.add(real("cart.effector_to_memory_per_day", 0.01, 0, 10, "1/d", "S1 FB 0.8% (ε≈1.24e-3/d in the blood model); reasoned higher in tissue", "conversion of unstimulated effectors to memory"));
        s.add(real("cart.motility_um2_per_min", 40, 0, 2000, "µm²/min", "S13 (83 µm²/min, 3-D); S17; reasoned slower in packed marrow", "random-walk diffusivity"));
        s.add(real("cart.chemotaxis_bias", 0.5, 0, 1, "-", "S13", "probability a move follows the IFN-γ-induced chemokine gradient uphill"));
        s.add(real("cart.conjugation_rate_per_min", 0.013, 0, 10, "1/min", "S13: attachment rate 0.013/min", "rate of engaging a fully recognised neighbour"));
        s.add(real("cart.contact_time_min", 25, 0.5, 1440, "min", "S55: engage, kill, detach in ~25 min", "contact delay before the kill attempt"));
        s.add(real("cart.kill_probability_per_contact", 0.6, 0, 1, "-", "S55: many contacts produce no kill; reasoned", "probability a contact with granules kills"));
        s.add(real("cart.granule_capacity", 4, 1, 100, "kills", "S56: > 6 serial kills with refill; reasoned", "perforin/granzyme store, in lethal hits"));
        s.add(real("cart.granule_refill_hours", 4, 0.05, 1000, "h/kill", "S14: 2–16 kills/CTL/day; reasoned", "time to re-synthesise one lethal hit"));
        s.add(real("cart.cd4_kill_factor", 0.5, 0, 2, "fold", "reasoned: CD4 CAR-T kill more slowly", "kill probability of CD4 cells relative to CD8"));
        s.add(real("cart.exhaustion_per_engagement", 0.005, 0, 1, "-", "S12: ~10 bindings before exhaustion; reasoned with recovery", "exhaustion added per engagement"));
        s.add(real("cart.pd1_exhaustion_per_engagement", 0.005, 0, 1, "-", "S12 (PD-1 150/cell, PD-L1 3600/cell); reasoned", "extra exhaustion per engagement with a PD-L1-high target"));
        s.add(real("cart.pdl1_half_effect_molecules", 3600, 1, 1e6, "molecules/cell", "S12", "PD-L1 giving half the PD-1 effect"));
        s.add(real("cart.exhaustion_recovery_per_hour", 0.01, 0, 1, "1/h", "S20", "recovery of reversible exhaustion without antigen"));
        s.add(real("cart.exhausted_apoptosis_fraction", 0.5, 0, 1, "-", "S12: exhausted vs apoptotic 50/50", "share of cells dying when exhaustion completes"));
        s.add(real("cart.ifng_secretion_pg_per_cell_per_h", 0.01, 0, 10, "pg/cell/h", "reasoned: activated T cells secrete ~0.01–0.1 pg/cell/h in vitro", "IFN-γ release by stimulated CAR-T"));
        s.add(real("cart.cd4_cytokine_factor", 1.5, 0, 10, "fold", "reasoned: CD4 help, more cytokine", "cytokine release of CD4 relative to CD8"));
        s.add(real("cart.tissue_egress_per_day", 0.5, 0, 50, "1/d", "S17: lymph-node transit ≈16 h; reasoned slower in marrow", "unstimulated CAR-T leaving tissue for blood"));
        s.add(real("cart.blood_infiltration_per_day", 3.0, 0, 50, "1/d", "reasoned: activated T cells home to marrow within hours to a day; calibrated to ELIANA Tmax and CRS onset", "blood CAR-T entering the tissue lattice"));
    }

    private static void myeloid(Schema s) {
        s.add(real("myeloid.density", 0.03, 0, 0.5, "per site", "reasoned: macrophages a few % of marrow cells", "macrophages per lattice site"));
        s.add(real("myeloid.activation_rate_per_hour", 0.5, 0, 100, "1/h", "reasoned", "activation speed under full stimulus"));
        s.add(real("myeloid.deactivation_rate_per_hour", 0.1, 0, 100, "1/h", "reasoned", "return to rest"));
        s.add(real("myeloid.ifng_half_activation_pg_per_ml", 2e6, 0.01, 1e8, "pg/mL", "reasoned: IFN-γ priming EC50 ~ng/mL", "local IFN-γ for half stimulus"));
        s.add(real("myeloid.damp_half_activation", 4, 0.001, 1e4, "kills/site", "S29: DAMPs from killed cells activate macrophages", "local debris for half stimulus"));
        s.add(real("myeloid.il6_secretion_pg_per_cell_per_h", 0.0007, 0, 100, "pg/cell/h", "reasoned: activated monocytes ~0.01–0.1 pg/cell/h; calibrated to ELIANA CRS", "IL-6 release by a fully activated macrophage"));
    }

    private static void cytokines(Schema s) {
        s.add(integer("cytokines.diffusion_substeps", 2, 1, 200, "per step", "-", "explicit diffusion sub-steps per base step (stability: D·Δt_sub/dx² ≤ 0.25)"));
        s.add(real("cytokines.ifng_diffusion_um2_per_s", 0.3, 0, 1000, "µm²/s", "reasoned: hindered diffusion with receptor binding in packed marrow", "effective IFN-γ diffusivity"));
        s.add(real("cytokines.il6_diffusion_um2_per_s", 0.3, 0, 1000, "µm²/s", "reasoned", "effective IL-6 diffusivity"));
        s.add(real("cytokines.damp_diffusion_um2_per_s", 0.05, 0, 1000, "µm²/s", "reasoned: debris barely moves", "debris (DAMP) diffusivity"));
        s.add(real("cytokines.ifng_tissue_decay_per_hour", 0.5, 0, 100, "1/h", "reasoned: local uptake plus drainage", "IFN-γ loss from tissue"));
        s.add(real("cytokines.il6_tissue_decay_per_hour", 0.5, 0, 100, "1/h", "reasoned", "IL-6 loss from tissue"));
        s.add(real("cytokines.damp_decay_per_hour", 0.2, 0, 100, "1/h", "reasoned: apoptotic bodies cleared within hours", "debris clearance"));
        s.add(real("cytokines.ifng_to_serum_fraction", 0.0015, 0, 1, "-", "reasoned; calibrated", "share of IFN-γ lost from tissue that reaches plasma"));
        s.add(real("cytokines.il6_to_serum_fraction", 0.05, 0, 1, "-", "reasoned; calibrated", "share of IL-6 lost from tissue that reaches plasma"));
        s.add(real("cytokines.ifng_serum_clearance_per_hour", 0.5, 0.001, 100, "1/h", "reasoned: IFN-γ plasma t½ ~1.4 h", "serum IFN-γ clearance"));
        s.add(real("cytokines.il6_serum_clearance_per_hour", 0.18, 0.001, 100, "1/h", "S10: t½ 3.9 h", "serum IL-6 clearance"));
        s.add(real("cytokines.il6_baseline_pg_per_ml", 3, 0, 1000, "pg/mL", "reasoned: healthy < 7 pg/mL", "baseline serum IL-6"));
        s.add(real("cytokines.ifng_baseline_pg_per_ml", 5, 0, 1000, "pg/mL", "reasoned", "baseline serum IFN-γ"));
    }

    private static void crs(Schema s) {
        s.add(real("crs.ifng_weight", 1.0, 0, 10, "-", "reasoned: IFN-γ is pyrogenic and rises first (Teachey 2016); calibrated to ELIANA CRS onset", "IFN-γ contribution to the inflammation index (pg/mL IL-6 equivalents)"));
        s.add(real("crs.fever_index_pg_per_ml", 40, 0, 1e6, "pg/mL", "Teachey 2016 / Lee 2014; calibrated", "index at which fever ≥ 38 °C"));
        s.add(real("crs.grade2_index_pg_per_ml", 450, 0, 1e6, "pg/mL", "calibrated to ELIANA CRS", "index for hypotension without vasopressor / low-flow O2"));
        s.add(real("crs.grade3_index_pg_per_ml", 900, 0, 1e6, "pg/mL", "calibrated", "index for one vasopressor / high-flow O2"));
        s.add(real("crs.grade4_index_pg_per_ml", 2500, 0, 1e6, "pg/mL", "calibrated", "index for several vasopressors / positive pressure"));
    }

    private static void icans(Schema s) {
        s.add(real("icans.il6_weight", 1.0, 0, 20, "-", "reasoned: ICANS follows serum IL-6 but tocilizumab does not prevent it (Gust 2017); calibrated to ELIANA", "IL-6 contribution to the CNS drive"));
        s.add(real("icans.ifng_weight", 1.5, 0, 20, "-", "reasoned: ICANS follows CAR-T activation (IFN-γ, GM-CSF, endothelial activation) as well as IL-6 (Gust 2017); compromise between ELIANA and ZUMA-1", "IFN-γ contribution to the CNS drive (IL-6 equivalents)"));
        s.add(real("icans.cns_delay_hours", 36, 1, 1000, "h", "reasoned: ICANS follows CRS by ~2 d (ZUMA-1 onset 4 vs 2 d)", "time constant of cytokine transfer to the CNS"));
        s.add(real("icans.grade1_pg_per_ml", 900, 0, 1e6, "pg/mL", "calibrated to ELIANA neurotoxicity", "CNS exposure (IL-6 equivalents) for grade 1"));
        s.add(real("icans.grade2_pg_per_ml", 1300, 0, 1e6, "pg/mL", "calibrated", "grade 2"));
        s.add(real("icans.grade3_pg_per_ml", 2000, 0, 1e6, "pg/mL", "calibrated", "grade 3"));
        s.add(real("icans.grade4_pg_per_ml", 4000, 0, 1e6, "pg/mL", "calibrated", "grade 4"));
    }

    private static void treatment(Schema s) {
        s.add(real("treatment.vein_to_vein_days", 0, 0, 365, "d", "design fact: autologous manufacturing 3–5 weeks; 0 = simulation starts at lymphodepletion", "apheresis-to-infusion delay simulated before infusion"));
        s.add(bool("treatment.lymphodepletion.enabled", true, "ELIANA Flu/Cy", "fludarabine/cyclophosphamide before infusion"));
        s.add(real("treatment.lymphodepletion.start_day", -5, -60, 0, "d", "ELIANA / ZUMA-1 schedules", "first day of lymphodepletion, relative to infusion"));
        s.add(real("treatment.lymphodepletion.duration_days", 3, 0.1, 30, "d", "design fact", "length of the lymphodepleting course"));
        s.add(real("treatment.lymphodepletion.tumor_kill_fraction", 0.3, 0, 1, "fraction", "S4 (max 0.6–0.7); reasoned for r/r disease", "tumor cells killed over the course"));
        s.add(real("treatment.lymphodepletion.expansion_boost", 1.5, 1, 10, "fold", "reasoned: IL-7/IL-15 surge after Flu/Cy", "CAR-T proliferation boost right after lymphodepletion"));
        s.add(real("treatment.lymphodepletion.boost_half_life_days", 7, 0.1, 100, "d", "reasoned: lymphocyte recovery over ~2 weeks", "decay of the boost and of the host-immunity suppression"));
        s.add(bool("treatment.bridging.enabled", false, "design fact", "bridging chemotherapy during manufacturing"));
        s.add(real("treatment.bridging.day", -14, -365, 0, "d", "design fact", "day of the bridging pulse"));
        s.add(real("treatment.bridging.tumor_kill_fraction", 0.5, 0, 1, "fraction", "reasoned", "tumor cells killed by bridging"));
        s.add(records("treatment.chemotherapy", List.of(
                real("day", 0, -365, 3650, "d", "-", "day of the pulse"),
                real("tumor_kill_fraction", 0.5, 0, 1, "fraction", "S4", "tumor cells killed"),
                real("cart_kill_fraction", 0.0, 0, 1, "fraction", "S4 (K_C 0.6)", "CAR-T cells killed")),
                "S4", "chemotherapy or targeted-therapy pulses"));
        s.add(bool("treatment.checkpoint_inhibitor.enabled", false, "design fact", "anti-PD-1 combination"));
        s.add(real("treatment.checkpoint_inhibitor.start_day", 0, -60, 3650, "d", "design fact", "first dose (q3w dosing keeps blockade steady)"));
        s.add(real("treatment.checkpoint_inhibitor.pd1_blockade", 0.8, 0, 1, "fraction", "reasoned: PD-1 receptor occupancy > 70% on nivolumab", "share of PD-1 signalling blocked"));
        s.add(bool("treatment.tocilizumab.enabled", true, "ASTCT practice", "give tocilizumab for CRS"));
        s.add(integer("treatment.tocilizumab.min_crs_grade", 2, 1, 4, "grade", "label: CRS grade ≥ 2", "CRS grade that triggers a dose"));
        s.add(integer("treatment.tocilizumab.max_doses", 4, 1, 20, "doses", "S21", "maximum doses"));
        s.add(real("treatment.tocilizumab.min_interval_hours", 8, 1, 240, "h", "S21", "minimum time between doses"));
        s.add(real("treatment.tocilizumab.half_life_days", 6.3, 0.1, 100, "d", "S21", "terminal half-life"));
        s.add(bool("treatment.steroids.enabled", true, "ASTCT practice", "give corticosteroids"));
        s.add(integer("treatment.steroids.min_crs_grade", 3, 1, 5, "grade", "practice: CRS ≥ 3 (5 = never)", "CRS grade that starts a course"));
        s.add(integer("treatment.steroids.min_icans_grade", 2, 1, 5, "grade", "practice: ICANS ≥ 2 (5 = never)", "ICANS grade that starts a course"));
        s.add(real("treatment.steroids.course_days", 3, 0.1, 60, "d", "practice: dexamethasone 10 mg q6h, tapered", "length of one course"));
        s.add(real("treatment.steroids.cytokine_factor", 0.3, 0, 1, "fold", "reasoned", "cytokine production while on steroids"));
        s.add(real("treatment.steroids.cart_function_factor", 0.8, 0, 1, "fold", "S1: expansion factor ≈1 (not significant); reasoned small damping", "CAR-T killing and proliferation while on steroids"));
    }

    private static void response(Schema s) {
        s.add(real("response.cr_below_pct_baseline", 1, 0, 100, "%", "reasoned: ≥2-log reduction ≈ <5% marrow blasts", "complete response threshold"));
        s.add(real("response.pr_below_pct_baseline", 50, 0, 100, "%", "Cheson/Lugano-style ≥50% reduction", "partial response threshold"));
        s.add(real("response.pd_above_pct_baseline", 125, 100, 10000, "%", "≥25% increase", "progressive disease threshold"));
        s.add(real("response.mrd_negative_below_pct_baseline", 0.01, 0, 100, "%", "MRD < 10⁻⁴ by flow", "MRD negativity threshold"));
        s.add(real("response.relapse_above_pct_baseline", 5, 0, 1000, "%", "reasoned: morphological relapse after CR", "regrowth after CR counted as relapse"));
        s.add(real("response.antigen_negative_relapse_share", 0.5, 0, 1, "fraction", "reasoned: majority of blasts negative", "share of antigen-negative cells that makes a relapse antigen-negative"));
    }

    private static void rules(Schema s) {
        s.rule(sc -> {
            List<String> t = sc.list("product.targets");
            String logic = sc.s("product.logic");
            if (t.isEmpty()) return v("product.targets", "needs at least one antigen", "one or two of CD19, CD22, BCMA");
            if (logic.equals("single") && t.size() != 1)
                return v("product.logic", "'single' needs exactly one target but " + t.size() + " are given", "OR, AND for two targets");
            if (!logic.equals("single") && t.size() != 2)
                return v("product.logic", "'" + logic + "' needs two targets but " + t.size() + " is given", "single for one target");
            return Optional.empty();
        });
        s.rule(sc -> {
            double dtSubS = sc.d("simulation.step_minutes") * 60 / sc.i("cytokines.diffusion_substeps");
            double dx = sc.d("simulation.site_size_um");
            for (String f : List.of("ifng", "il6", "damp")) {
                double r = sc.d("cytokines." + f + "_diffusion_um2_per_s") * dtSubS / (dx * dx);
                if (r > 0.25) {
                    int need = (int) Math.ceil(sc.i("cytokines.diffusion_substeps") * r / 0.25);
                    return v("cytokines." + f + "_diffusion_um2_per_s",
                            String.format(java.util.Locale.ROOT, "unstable diffusion: D·Δt_sub/dx² = %.3g > 0.25 (raise cytokines.diffusion_substeps to ≥ %d or shorten simulation.step_minutes)", r, need),
                            "D·Δt_sub/dx² ≤ 0.25");
                }
            }
            return Optional.empty();
        });
        s.rule(sc -> sc.d("response.pr_below_pct_baseline") < sc.d("response.cr_below_pct_baseline")
                ? v("response.pr_below_pct_baseline", "must not be below response.cr_below_pct_baseline", "≥ " + sc.d("response.cr_below_pct_baseline"))
                : Optional.empty());
        s.rule(sc -> {
            if (sc.d("treatment.lymphodepletion.start_day") + sc.d("treatment.lymphodepletion.duration_days") > 0 && sc.b("treatment.lymphodepletion.enabled"))
                return v("treatment.lymphodepletion.duration_days", "lymphodepletion must end by infusion (start_day + duration_days ≤ 0)", "≤ " + (-sc.d("treatment.lymphodepletion.start_day")));
            return Optional.empty();
        });
        s.rule(sc -> {
            String[] keys = {"crs.fever_index_pg_per_ml", "crs.grade2_index_pg_per_ml", "crs.grade3_index_pg_per_ml", "crs.grade4_index_pg_per_ml"};
            for (int k = 1; k < keys.length; k++)
                if (sc.d(keys[k]) < sc.d(keys[k - 1])) return v(keys[k], "grade thresholds must increase", "≥ " + sc.d(keys[k - 1]));
            String[] ik = {"icans.grade1_pg_per_ml", "icans.grade2_pg_per_ml", "icans.grade3_pg_per_ml", "icans.grade4_pg_per_ml"};
            for (int k = 1; k < ik.length; k++)
                if (sc.d(ik[k]) < sc.d(ik[k - 1])) return v(ik[k], "grade thresholds must increase", "≥ " + sc.d(ik[k - 1]));
            return Optional.empty();
        });
    }

    private static Optional<Rule.Violation> v(String path, String msg, String allowed) {
        return Optional.of(new Rule.Violation(path, msg, allowed));
    }

    /** all parameter paths, for tests and docs */
    public static List<String> paths() {
        List<String> out = new ArrayList<>();
        for (Param p : SCHEMA.params()) out.add(p.path());
        return out;
    }
}
