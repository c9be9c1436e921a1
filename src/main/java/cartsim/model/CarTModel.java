package cartsim.model;

import cartsim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The headless MASON model of one patient: a 2-D lattice sample of the disease compartment
 * (tumor, CAR-T and macrophage agents, IFN-γ / IL-6 / debris fields) plus a well-mixed blood
 * compartment and the patient-level clinical state. One Steppable advances all agents in fixed
 * phases over primitive arrays (one scheduled object per cell is ~100× slower). Everything
 * random comes from the SimState's single MersenneTwisterFast, so a seed fixes the run.
 */
public class CarTModel extends SimState {
    public final ModelParams p;
    public final double dtH;
    final double siteVolumeMl;
    public final int width, height;

    public Tumor tumor;
    public CarT cart;
    public Myeloid myeloid;
    public CytokineField ifng, il6, damp;
    public Clinical clinical;
    public final TimeSeries series = new TimeSeries();
    public final List<Event> events = new ArrayList<>();
    public Endpoints endpoints;

    int stepNo;
    long stepsTotal, lastStep;
    public long agentSteps;
    public long tumorDeaths;
    /** patient cells represented by one simulated cell */
    public double scale;
    public int baselineTumor = -1;
    private int recordEvery;
    private boolean infused, ldStarted, bridged, cpiStarted;
    private final boolean[] chemoDone;
    private double ldKillPerStep;

    /** a treatment or clinical event, in days since infusion */
    public record Event(double day, String name, String detail) {}

    public CarTModel(Scenario s, long seed) {
        this(ModelParams.from(s), seed);
    }

    public CarTModel(ModelParams p, long seed) {
        super(seed);
        this.p = p;
        this.dtH = p.stepMinutes / 60.0;
        this.width = p.width;
        this.height = p.height;
        double dxCm = p.siteSizeUm * 1e-4;
        this.siteVolumeMl = dxCm * dxCm * dxCm;
        this.chemoDone = new boolean[p.chemotherapy.size()];
    }

    @Override
    public void start() {
        super.start();
        stepNo = 0;
        agentSteps = 0;
        events.clear();
        series.clear();
        tumor = new Tumor(width, height);
        tumor.configure(p, dtH);
        cart = new CarT(width, height, p);
        cart.configure(dtH, siteVolumeMl);
        myeloid = new Myeloid();
        myeloid.configure(p, dtH, siteVolumeMl);
        int sub = p.diffusionSubsteps;
        ifng = new CytokineField("IFN-γ", width, height, p.ifngD, p.ifngDecayPerH, p.siteSizeUm, p.stepMinutes, sub);
        il6 = new CytokineField("IL-6", width, height, p.il6D, p.il6DecayPerH, p.siteSizeUm, p.stepMinutes, sub);
        damp = new CytokineField("debris", width, height, p.dampD, p.dampDecayPerH, p.siteSizeUm, p.stepMinutes, sub);
        clinical = new Clinical(p, dtH);
        seedTumor();
        myeloid.place(p, width * height, random);
        scale = p.tumorBurdenCells / Math.max(1, tumor.live);
        stepsTotal = Math.round((p.days - p.startDay()) * 24 / dtH);
        recordEvery = Math.max(1, (int) Math.round(p.outputIntervalHours / dtH));
        endpoints = new Endpoints(this);
        infused = ldStarted = bridged = cpiStarted = false;
        java.util.Arrays.fill(chemoDone, false);
        if (p.ldEnabled) {
            // per-step hazard that kills the configured fraction over the course
            double h = -Math.log(1 - Math.min(p.ldTumorKill, 0.999999)) / (p.ldDurationDays * 24);
            ldKillPerStep = 1 - Math.exp(-h * dtH);
        }
        schedule.scheduleRepeating(0, 0, (Steppable) state -> advance(), 1.0);
    }

    /**
     * Re-derives the per-step quantities the agents cache from {@link #p}, so that parameters
     * changed while a run is under way (GUI controls) take effect from the next step.
     */
    public void reconfigure() {
        if (tumor == null) return; // not started: start() derives everything from p
        tumor.configure(p, dtH);
        cart.configure(dtH, siteVolumeMl);
        myeloid.configure(p, dtH, siteVolumeMl);
    }

    private void seedTumor() {
        int n = width * height;
        if (p.spatialPattern.equals("nodular")) {
            // a compact mass in the centre holding the same share of the lattice
            double r = Math.sqrt(p.initialOccupancy * n / Math.PI);
            double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
            for (int s = 0; s < n; s++) {
                double dx = s % width - cx, dy = s / width - cy;
                if (dx * dx + dy * dy <= r * r) tumor.seedCell(s, p, random);
            }
        } else {
            for (int s = 0; s < n; s++) if (random.nextDouble() < p.initialOccupancy) tumor.seedCell(s, p, random);
        }
    }

    /** time in days since infusion at the current step */
    public double day() {
        return p.startDay() + stepNo * dtH / 24.0;
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

    /** one base step: treatments, agents, fields, patient state, recording */
    void advance() {
        if (finished()) return;
        if (stepNo == 0) record();
        stepNo++;
        double day = day();
        double hour = day * 24;
        treatments(day);
        agentSteps += tumor.step(stepNo, random, this);
        agentSteps += cart.step(this, random);
        agentSteps += myeloid.step(this);

        ifng.diffuse();
        il6.diffuse();
        damp.diffuse();
        double ifngOut = ifng.decay() * p.ifngToSerum * siteVolumeMl * scale;
        double il6Out = il6.decay() * p.il6ToSerum * siteVolumeMl * scale;
        damp.decay();
        clinical.step(il6Out, ifngOut, hour, this);
        endpoints.update(day);
        if (stepNo % recordEvery == 0 || finished()) record();
    }

    private void treatments(double day) {
        double ldStart = p.ldStartDay, ldEnd = p.ldStartDay + p.ldDurationDays;
        if (baselineTumor < 0 && (day >= (p.ldEnabled ? ldStart : 0))) baselineTumor = Math.max(1, tumor.live);
        if (p.bridgingEnabled && !bridged && day >= p.bridgingDay) {
            bridged = true;
            int k = tumor.killFraction(p.bridgingKill, random);
            event("bridging", k + " tumor cells killed");
        }
        if (p.ldEnabled && day >= ldStart && day < ldEnd) {
            if (!ldStarted) {
                ldStarted = true;
                event("lymphodepletion", "start, " + p.ldDurationDays + " d");
            }
            tumor.killFraction(ldKillPerStep, random);
        }
        for (int c = 0; c < chemoDone.length; c++) {
            ModelParams.ChemoPulse pulse = p.chemotherapy.get(c);
            if (!chemoDone[c] && day >= pulse.day()) {
                chemoDone[c] = true;
                int kt = tumor.killFraction(pulse.tumorKill(), random);
                int kc = cart.killFraction(pulse.cartKill(), tumor, random);
                event("chemotherapy", kt + " tumor and " + kc + " CAR-T cells killed");
            }
        }
        if (!infused && day >= 0) {
            infused = true;
            infuse();
        }
        if (p.cpiEnabled && !cpiStarted && day >= p.cpiStartDay) {
            cpiStarted = true;
            event("checkpoint_inhibitor", "PD-1 blockade " + p.cpiBlockade);
        }
    }

    /** infuses the product into the blood; the dose is scaled like the tumor so E:T is kept */
    public void infuse() {
        double patientCells = Math.min(p.dosePerKg * p.weightKg, p.doseCap);
        double expected = patientCells / scale;
        int n = (int) expected;
        if (random.nextDouble() < expected - n) n++;
        for (int k = 0; k < n; k++) {
            byte ph = random.nextDouble() < p.memoryFraction ? CarT.MEMORY : CarT.EFFECTOR;
            boolean cd4 = random.nextDouble() < p.cd4Fraction;
            cart.addToBlood(ph, cd4, (byte) 0, (float) p.granuleCapacity, 0f);
        }
        event("infusion", String.format(java.util.Locale.ROOT, "%.3g CAR+ cells (%d simulated, scale %.3g)", patientCells, n, scale));
    }

    void onTumorKilled(int site) {
        tumor.remove(site);
        tumor.flash[site] = (byte) Math.max(1, Math.round(1.0 / dtH)); // ~1 h flash for display
        damp.add(site, 1f);
    }

    void event(String name, String detail) {
        events.add(new Event(round6(day()), name, detail));
    }

    static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    // ---- time-varying treatment effects used by the agents ----

    double sinceLdEndDays() {
        return day() - (p.ldStartDay + p.ldDurationDays);
    }

    /** proliferation boost from homeostatic cytokines after lymphodepletion */
    double ldBoost() {
        if (!p.ldEnabled || p.ldBoost <= 1) return 1;
        double t = Math.max(0, sinceLdEndDays());
        return 1 + (p.ldBoost - 1) * Math.exp(-Math.log(2) * t / p.ldBoostHalfLifeDays);
    }

    /** per-step host-rejection probability for allogeneic cells; lymphodepletion delays host recovery */
    double pHostRejection() {
        if (!p.allogeneic) return 0;
        double suppression = p.ldEnabled ? Math.exp(-Math.log(2) * Math.max(0, sinceLdEndDays()) / p.ldBoostHalfLifeDays) : 0;
        return 1 - Math.exp(-p.hostRejectionPerDay * (1 - suppression) * dtH / 24);
    }

    double checkpointBlockade() {
        return p.cpiEnabled && day() >= p.cpiStartDay ? p.cpiBlockade : 0;
    }

    double steroidCartFactor() {
        return clinical.steroidsActive(day() * 24) ? p.steroidCartFactor : 1;
    }

    double steroidCytokineFactor() {
        return clinical.steroidsActive(day() * 24) ? p.steroidCytokineFactor : 1;
    }

    double ifngLocalFraction(int site) {
        double v = ifng.v[site];
        return v / (v + p.myeloidIfngHalf);
    }

    // ---- observation ----

    /** counts tumor cells by antigen status for the CAR: [positive, low, negative] */
    public int[] antigenStatus() {
        int pos = 0, low = 0, neg = 0;
        int[] tg = p.targets;
        double thr = p.threshold, det = p.detectionLimit;
        for (int s = 0; s < tumor.n; s++) {
            if (tumor.state[s] != Tumor.LIVE) continue;
            int above = 0, detected = 0;
            for (int a : tg) {
                float v = tumor.agCur[a][s];
                if (v >= thr) above++;
                if (v >= det) detected++;
            }
            boolean recognised = p.logic == Logic.AND ? above == tg.length : above > 0;
            boolean negative = p.logic == Logic.AND ? detected < tg.length : detected == 0;
            if (negative) neg++;
            else if (recognised) pos++;
            else low++;
        }
        return new int[]{pos, low, neg};
    }

    /** bytes held by the model's per-site and per-agent arrays (the simulation state) */
    public long stateBytes() {
        long sites = (long) width * height;
        long perSite = 1 + 4L * Antigen.COUNT * 2 + 4 + 1 + 4 + 1 + 1 // tumor arrays
                + 4                                                      // CAR-T site index
                + 3 * 2 * 4                                              // three fields, double-buffered
                + 2;                                                     // lattice side masks
        long perCart = 4 + 1 + 1 + 1 + 4 + 4 + 4 + 2 + 4;
        return sites * perSite + (long) cart.pos.length * perCart + myeloid.pos.length * 8L;
    }

    public double bloodVolumeUl() {
        return p.weightKg * p.bloodVolumeMlPerKg * 1000;
    }

    /**
     * CAR-T cells per µL of blood. The model's "blood" compartment is the whole recirculating pool
     * (blood, lymph, spleen); only a share of it is in the blood at any moment.
     */
    public double bloodPerUl(int poolCells) {
        return poolCells * scale * p.bloodShare / bloodVolumeUl();
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
        int[] ag = antigenStatus();
        int[] c = cartCounts();
        double base = baselineTumor > 0 ? baselineTumor : Math.max(1, tumor.live);
        series.add(new double[]{
                round6(day()), tumor.live, ag[0], ag[1], ag[2], 100.0 * tumor.live / base, tumor.live * scale,
                c[0] + c[1], c[0], c[1], c[2], c[3], c[4], bloodPerUl(c[1]),
                myeloid.meanActivation(), clinical.ifng(), clinical.il6(), clinical.crsGrade, clinical.icansGrade,
                clinical.feverC, clinical.tociDoses, clinical.steroidsActive(day() * 24) ? 1 : 0, cart.kills});
    }
}
