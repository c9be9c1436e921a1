package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The headless run(s) behind a picture: one scenario, or two side by side with one seed, advanced
 * together day by day and rendered as the GUI shows them.
 */
public final class PictureRuns {
    private final List<Playback> runs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<TissueLayers> layers = new ArrayList<>();

    /**
     * @param scenarios one, or two for side by side
     * @param seed      the seed, or null for the first scenario's (the second run always shares it)
     */
    public PictureRuns(List<Scenario> scenarios, Long seed, double untilDay) {
        Long shared = scenarios.size() > 1 && seed == null ? Long.valueOf(scenarios.get(0).i("simulation.seed")) : seed;
        for (Scenario s : scenarios) {
            Playback p = new Playback(s, shared, untilDay);
            runs.add(p);
            names.add(s.name());
            layers.add(new TissueLayers(p.model.width, p.model.height));
        }
    }

    /** the first day shown by every run */
    public double firstDay() {
        return runs.stream().mapToDouble(Playback::firstDay).max().orElse(0);
    }

    public void advanceTo(double day) {
        for (Playback p : runs) p.advanceTo(day);
    }

    /** the day the (first) run has reached */
    public double day() {
        return runs.get(0).model.day();
    }

    public List<CarTModel> models() {
        return runs.stream().map(p -> p.model).toList();
    }

    public BufferedImage render(HeatLayer heat, int width, int height) {
        if (runs.size() == 1) return TissueImage.render(runs.get(0).model, layers.get(0), heat, width, height);
        return CompareImage.render(models(), names, layers, heat, width, height);
    }
}
