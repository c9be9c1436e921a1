package cartsim.model;

import cartsim.model.params.Logic;
import cartsim.model.params.Parameters;
import cartsim.model.params.PatientParams;
import cartsim.model.params.ProductParams;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * The headless MASON model of one patient: a 2-D lattice sample of the disease compartment
 * (tumor, CAR-T and macrophage agents, IFN-γ / IL-6 / debris fields) plus a well-mixed blood
 * compartment and the patient-level clinical state. One Steppable advances all agents in fixed
 * phases over primitive arrays (one scheduled object per cell is ~100× slower). Everything
 * random comes from the SimState's single stream ({@link ModelRandom}), so a seed fixes the run.
 *
 * <p>The model reads its typed {@link Parameters}; the treatment course is a
 * {@link TreatmentTimeline} whose per-step {@link StepModifiers} are handed to the agents, and
 * the recorded columns are declared in {@link Recorder}.
 */
public class CarTModel extends SimState {
    private Parameters params;
    public final double dtH;
    final double siteVolumeMl;
    public final int width, height;

    public Tumor tumor;
    public CarT cart;
    public Myeloid myeloid;
    public CytokineField ifng, il6, damp;
    /** set by displays before start(): also keep the maps of fields whose results need only their totals */
    public boolean keepCytokineMaps;
    public Clinical clinical;
    /** normal B cells at patient scale */
    BCells bcells;
    /** normal plasma cells and soluble BCMA at patient scale */
    PlasmaCells plasma;
    /** IL-15 after lymphodepletion and homeostatic CAR-T division */
    Homeostasis homeostasis;
    public final TimeSeries series = new TimeSeries();
    public final EventLog events = new EventLog();
    public Endpoints endpoints;
    private TreatmentTimeline timeline;
    private StepModifiers modifiers = StepModifiers.NONE;

    int stepNo;
    long stepsTotal;
    public long agentSteps;

    /** the phases of a step, for the benchmark's time breakdown (treatments count with the tumor) */
    public enum Phase { TUMOR, CART, MYELOID, FIELDS, CLINICAL }

    /** wall time spent in each {@link Phase} since start(), in nanoseconds (never part of the results) */
    public final long[] phaseNanos = new long[Phase.values().length];
    /** patient cells represented by one simulated cell */
    public double scale;
    public int baselineTumor = -1;
    /** simulated CAR-T agents at infusion (0 before it) */
    public int cartAgentsInfused;
    private int recordEvery, rouletteEvery;

    public CarTModel(Parameters params, long seed) {
        super(seed);
        random = new ModelRandom(seed); // the one stream of the run (see ModelRandom)
        this.params = params;
        this.dtH = params.simulation().step_minutes() / 60.0;
        this.width = params.simulation().lattice_width();
        this.height = params.simulation().lattice_height();
        double dxCm = params.simulation().site_size_um() * 1e-4;
        this.siteVolumeMl = dxCm * dxCm * dxCm;
    }

    /** the parameters in force */
    public Parameters params() {
        return params;
    }

    /**
     * Replaces the parameters as one whole value. Call it in the model thread between two steps
     * (the GUI schedules it there); the agents re-derive their per-step rates at once. The time
     * step and the lattice size are fixed for a model.
     */
    public void swap(Parameters next) {
        if (next.simulation().step_minutes() != params.simulation().step_minutes()
                || next.simulation().lattice_width() != width || next.simulation().lattice_height() != height)
            throw new IllegalArgumentException("the time step and lattice size are fixed for a model");
        params = next;
        if (tumor == null) return; // not started: start() derives everything from params
        if (tumor.configure(params, dtH)) tumor.reschedule(random);
        cart.configure(params, dtH, siteVolumeMl);
        myeloid.configure(params, dtH, siteVolumeMl);
        bcells.configure(params, bloodVolumeUl(), cart);
        plasma.configure(params, cart);
        homeostasis.configure(params);
        clinical.swap(params);
        endpoints.swap(params);
        timeline.swap(params);
    }

    /** MASON's Console sets the seed through here; it would put a Mersenne Twister back */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        random = new ModelRandom(seed());
    }

    @Override
    public void start() {
        // a restarted model (Stop then Play in the GUI) repeats a fresh model's run exactly;
        // reseed before super.start(), which primes the generator as for a fresh model
        random.setSeed(seed());
        super.start();
        stepNo = 0;
        agentSteps = 0;
        java.util.Arrays.fill(phaseNanos, 0);
        baselineTumor = -1;
        modifiers = StepModifiers.NONE;
        events.clear();
        series.clear();
        tumor = new Tumor(width, height);
        tumor.configure(params, dtH);
        cart = new CarT(width, height);
        cart.configure(params, dtH, siteVolumeMl);
        myeloid = new Myeloid();
        myeloid.configure(params, dtH, siteVolumeMl);
        var c = params.cytokines();
        int sub = c.diffusion_substeps();
        double dx = params.simulation().site_size_um(), dtMin = params.simulation().step_minutes();
        float pg = (float) c.negligible_tissue_pg_per_ml(), debris = (float) c.negligible_debris_per_site();
        ifng = new CytokineField("IFN-γ", width, height, c.ifng_diffusion_um2_per_s(), c.ifng_tissue_decay_per_hour(), dx, dtMin, sub, pg, false);
        // no rule reads the tissue IL-6 map, only the share that drains to serum: keep its total
        il6 = new CytokineField("IL-6", width, height, c.il6_diffusion_um2_per_s(), c.il6_tissue_decay_per_hour(), dx, dtMin, sub, pg, true);
        if (keepCytokineMaps) il6.keepMap();
        damp = new CytokineField("debris", width, height, c.damp_diffusion_um2_per_s(), c.damp_decay_per_hour(), dx, dtMin, sub, debris, false).withoutDrain(); // debris is cleared, not drained
        il6.sharingScratch(ifng);
        damp.sharingScratch(ifng);
        clinical = new Clinical(params, dtH);
        double[] tileNegatives = tumor.clones.seedFractions((int) Math.round(params.patient().initial_tumor_occupancy() * width * height));
        tumor.seedNegativeFractions(tileNegatives);
        seedTumor();
        myeloid.place(params, width * height, random);
        scale = params.patient().tumor_burden_cells() / Math.max(1, tumor.live);
        tumor.clones.seed(params.patient().tumor_burden_cells(), tileNegatives, random);
        bcells = new BCells(params, dtH, bloodVolumeUl(), cart);
        plasma = new PlasmaCells(params, dtH, cart, tumor, scale);
        homeostasis = new Homeostasis(params);
        stepsTotal = Math.round((params.simulation().days() - params.startDay()) * 24 / dtH);
        recordEvery = Math.max(1, (int) Math.round(params.simulation().output_interval_hours() / dtH));
        rouletteEvery = Math.max(1, (int) Math.round(1 / dtH)); // hourly
        cartAgentsInfused = 0;
        endpoints = new Endpoints(this);
        timeline = new TreatmentTimeline(params, dtH);
        schedule.scheduleRepeating(0, 0, (Steppable) state -> advance(), 1.0);
    }

    private void seedTumor() {
        int n = width * height;
        double occupancy = params.patient().initial_tumor_occupancy();
        if (params.disease().spatial_pattern() == cartsim.model.params.SpatialPattern.NODULAR) {
            // nodules of a fixed size, one per square of nodule_spacing_um, each holding the
            // occupancy share of its square: a bigger tile holds more of the same nodules, so
            // CAR-T access to the mass does not depend on the tile size
            double dxUm = params.simulation().site_size_um(), spacing = params.disease().nodule_spacing_um();
            int nx = (int) Math.max(1, Math.round(width * dxUm / spacing));
            int ny = (int) Math.max(1, Math.round(height * dxUm / spacing));
            double uw = (double) width / nx, uh = (double) height / ny;
            double r = Math.sqrt(occupancy * uw * uh / Math.PI);
            for (int s = 0; s < n; s++) {
                int x = s % width, y = s / width;
                int i = Math.min(nx - 1, (int) (x / uw)), j = Math.min(ny - 1, (int) (y / uh));
                double dx = x - ((i + 0.5) * uw - 0.5), dy = y - ((j + 0.5) * uh - 0.5);
                if (dx * dx + dy * dy <= r * r) tumor.seedCell(s, params, random);
            }
        } else {
            for (int s = 0; s < n; s++) if (random.nextDouble() < occupancy) tumor.seedCell(s, params, random);
        }
    }

    /** time in days since infusion at the current step */
    public double day() {
        return params.startDay() + stepNo * dtH / 24.0;
    }

    public int stepNumber() {
        return stepNo;
    }

    public long totalSteps() {
        return stepsTotal;
    }

    public boolean finished() {
        return stepNo >= stepsTotal;
    }

    /** runs the whole course headless */
    public void runToEnd() {
        start();
        while (!finished()) schedule.step(this);
        finish();
    }

    /** the events so far, in order */
    public List<EventLog.Event> eventList() {
        return events.list();
    }

    /** one base step: treatments, agents, fields, patient state, recording */
    void advance() {
        if (finished()) return;
        if (stepNo == 0) record();
        stepNo++;
        double day = day();
        double hour = day * 24;
        var ld = params.treatment().lymphodepletion();
        if (baselineTumor < 0 && (day >= (ld.enabled() ? ld.start_day() : 0))) baselineTumor = (int) Math.max(1, Math.round(tumorTileCells()));
        long t0 = System.nanoTime();
        timeline.apply(day, tumor, cart, random, events, this::infuse);
        modifiers = timeline.modifiers(day, clinical).withBcmaDecoy(plasma.decoy());
        agentSteps += tumor.step(stepNo, random, this);
        long t1 = System.nanoTime();
        agentSteps += cart.step(this, random, modifiers);
        if (cart.weight < 1 && stepNo % rouletteEvery == 0) cart.roulette(params.simulation().min_cart_agents(), tumor, random);
        if (tumor.clones.enabled() && stepNo % rouletteEvery == 0) tickClones(rouletteEvery * dtH);
        long t2 = System.nanoTime();
        agentSteps += myeloid.step(this, modifiers);
        long t3 = System.nanoTime();

        ifng.diffuse();
        il6.diffuse();
        damp.diffuse();
        var c = params.cytokines();
        double ifngOut = ifng.decay() * c.ifng_to_serum_fraction() * siteVolumeMl * scale;
        double il6Out = il6.decay() * c.il6_to_serum_fraction() * siteVolumeMl * scale;
        damp.decay();
        long t4 = System.nanoTime();
        bcells.step(this, random, day);
        plasma.step(this, random);
        homeostaticDivisions(day);
        clinical.step(il6Out, ifngOut, bloodPerUl(endpoints.bloodCart()), hour, events, day);
        endpoints.update(day);
        long t5 = System.nanoTime();
        phaseNanos[Phase.TUMOR.ordinal()] += t1 - t0;
        phaseNanos[Phase.CART.ordinal()] += t2 - t1;
        phaseNanos[Phase.MYELOID.ordinal()] += t3 - t2;
        phaseNanos[Phase.FIELDS.ordinal()] += t4 - t3;
        phaseNanos[Phase.CLINICAL.ordinal()] += t5 - t4;
        if (stepNo % recordEvery == 0 || finished()) record();
    }

    /**
     * Infuses the product into the blood. The dose is scaled like the tumor, so E:T is kept: it is
     * {@code dose/scale} tile cells. A dose of fewer tile cells than {@code min_cart_agents} is
     * simulated by that many agents of weight w = (dose/scale)/min_cart_agents, so the chance
     * among a handful of founders no longer depends on the tile size. The product's CD4:CD8 and
     * memory shares are met exactly (largest remainder, stratified by CD4/CD8), not drawn per agent.
     */
    public void infuse() {
        ProductParams pr = params.product();
        PatientParams pa = params.patient();
        double patientCells = Math.min(pr.dose_cells_per_kg() * pa.weight_kg(), pr.dose_cap_cells());
        double expected = patientCells / scale;
        int minAgents = params.simulation().min_cart_agents();
        int n;
        if (cart.live() == 0 && minAgents > 0 && expected > 0 && expected < minAgents) {
            n = minAgents;
            cart.weight = expected / minAgents;
        } else {
            if (cart.live() == 0) cart.weight = 1;
            // a later infusion (the GUI's button) joins the sample at its current weight
            double agents = expected / cart.weight;
            n = (int) agents;
            if (random.nextDouble() < agents - n) n++;
        }
        cartAgentsInfused = n;
        float granules = (float) params.cart().granule_capacity();
        for (byte[] cell : ProductMix.cells(n, pr.cd4_fraction(), pr.memory_fraction(), random))
            cart.addToBlood(cell[0], cell[1] == 1, (byte) 0, granules, 0f);
        events.add(day(), "infusion", TreatmentTimeline.infusionDetail(patientCells, n, cart.weight, scale));
    }

    /** one hourly tick of the patient-scale subclones, with the tile's contact inhibition and treatment kills of that hour */
    private void tickClones(double tauH) {
        double success = tumor.divisionAttempts == 0 ? 1 : tumor.divisionsDone / (double) tumor.divisionAttempts;
        tumor.clones.tick(this, tauH, success, tumor.treatmentSurvival, random);
        tumor.divisionAttempts = tumor.divisionsDone = 0;
        tumor.treatmentSurvival = 1;
    }

    /** the patient's tumor in tile cells: live tile agents plus the counted subclones / scale */
    public double tumorTileCells() {
        return tumor.live + (tumor.clones.enabled() ? tumor.clones.total() / scale : 0);
    }

    void onTumorKilled(int site) {
        tumor.remove(site);
        byte flash = (byte) Math.max(1, Math.round(1.0 / dtH)); // ~1 h flash for display
        tumor.flash(site, flash);
        tumor.flashEndStep = Math.max(tumor.flashEndStep, stepNo + flash + 1);
        damp.add(site, 1f);
    }

    double ifngLocalFraction(int site) {
        double v = ifng.v[site];
        return v / (v + params.myeloid().ifng_half_activation_pg_per_ml());
    }

    /** the treatment effects at the current day and clinical state (what the next step would start from) */
    public StepModifiers currentModifiers() {
        return timeline.modifiers(day(), clinical).withBcmaDecoy(plasma.decoy());
    }

    // ---- observation ----

    /** counts tumor cells by antigen status for the CAR: [positive, low, negative] */
    public int[] antigenStatus() {
        int pos = 0, low = 0, neg = 0;
        int[] tg = params.product().targets().stream().mapToInt(Enum::ordinal).toArray();
        Logic logic = params.product().logic();
        double thr = params.costimEffects().antigen_threshold_molecules(), det = params.disease().antigen_detection_limit_molecules();
        for (int s = 0; s < tumor.n; s++) {
            if (tumor.state[s] != Tumor.LIVE) continue;
            int above = 0, detected = 0;
            for (int a : tg) {
                float v = tumor.agCur[a][s];
                if (v >= thr) above++;
                if (v >= det) detected++;
            }
            boolean recognised = logic == Logic.AND ? above == tg.length : above > 0;
            boolean negative = logic == Logic.AND ? detected < tg.length : detected == 0;
            if (negative) neg++;
            else if (recognised) pos++;
            else low++;
        }
        return new int[]{pos, low, neg};
    }

    /** bytes held by the model's per-site and per-agent arrays (the simulation state), counted from the stores */
    public long stateBytes() {
        long sites = (long) width * height;
        long perSite = tumor.store.bytesPerCell()
                + 4                                                      // CAR-T site index
                + 4                                                      // the scratch the fields share
                + 2;                                                     // lattice side masks (tumor and CAR-T)
        long fields = ifng.mapBytes() + il6.mapBytes() + damp.mapBytes(); // double-buffered maps (none for a lumped IL-6)
        return sites * perSite + fields + tumor.bitsetBytes() + (long) cart.store.capacity() * cart.store.bytesPerCell()
                + (long) myeloid.store.capacity() * myeloid.store.bytesPerCell() + myeloid.scratchBytes();
    }

    public double bloodVolumeUl() {
        return params.patient().weight_kg() * params.patient().blood_volume_ml_per_kg() * 1000;
    }

    /**
     * CAR-T cells per µL of blood. The model's "blood" compartment is the whole recirculating pool
     * (blood, lymph, spleen); only a share of it is in the blood at any moment.
     */
    public double bloodPerUl(int poolAgents) {
        return poolAgents * cart.weight * scale * params.patient().blood_share_of_circulating_pool() / bloodVolumeUl();
    }

    /**
     * Whole-body functional (memory or effector) CAR-T cells in patient cells, as the patient-scale
     * compartments see them: the one place that says how tile agents become patient cells.
     */
    public double functionalCartPatientCells() {
        return cart.functional() * cart.weight * scale;
    }

    /** once an hour: Binomial(live CAR-T, 1 − e^(−ρ_h·1 h)) cells drawn for antigen-independent division */
    private void homeostaticDivisions(double day) {
        int tick = Math.max(1, (int) Math.round(1.0 / dtH));
        if (stepNo % tick != 0 || cart.count == 0) return;
        double rate = homeostasis.divisionRatePerDay(day);
        if (rate <= 0) return;
        long n = Binomial.draw(random, cart.count, 1 - Math.exp(-rate * tick * dtH / 24));
        if (n > 0) cart.homeostaticDivide(n, random);
    }

    /** serum IL-15, pg/mL */
    public double il15PgPerMl() {
        return homeostasis.il15(day());
    }

    /** serum soluble BCMA, ng/mL */
    public double sbcmaNgPerMl() {
        return plasma.sbcma;
    }

    /** blood CD19⁺ normal B cells per µL */
    public double bCellsPerUl() {
        return bcells.perUl();
    }

    public int[] cartCounts() {
        int tissue = 0, blood = 0, mem = 0, eff = 0, exh = 0;
        for (int i = 0; i < cart.count; i++) {
            byte ph = cart.pheno[i];
            if (ph == CarT.DEAD) continue;
            if (cart.pos[i] >= 0) tissue++; else blood++;
            if (ph == CarT.MEMORY) mem++; else if (ph == CarT.EFFECTOR) eff++; else exh++;
        }
        return new int[]{tissue, blood, mem, eff, exh};
    }

    private void record() {
        series.add(Recorder.row(this));
    }
}
