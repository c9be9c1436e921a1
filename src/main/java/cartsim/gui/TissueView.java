package cartsim.gui;

import cartsim.model.CarTModel;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One tissue window: a MASON Display2D of one run's lattice, with the legend on the right and the
 * caption and narration strip underneath. Each frame the run's arrays are copied into
 * integer-coded grids ({@link TissueLayers}) that MASON's fast array portrayals draw, so the GUI
 * adds no per-cell objects and no work inside the model. Compare mode has two of these.
 */
final class TissueView {
    static final String TUMOR = "Tumor cells (antigen)", MACROPHAGES = "Macrophages",
            IL6 = "IL-6 heat map", IFNG = "IFN-γ heat map", CART = "CAR-T cells";
    /** frame size beyond the lattice: Display2D's tool bar, caption, borders; the strip and legend come on top */
    static final int CHROME_W = 40, CHROME_H = 130;

    private final AtomicLong framesDrawn = new AtomicLong();
    private final FastValueGridPortrayal2D tumorPortrayal = new FrameCountingPortrayal(TUMOR, framesDrawn);
    private final FastValueGridPortrayal2D myeloidPortrayal = new FastValueGridPortrayal2D(MACROPHAGES);
    private final FastValueGridPortrayal2D il6Portrayal = new FastValueGridPortrayal2D(IL6);
    private final FastValueGridPortrayal2D ifngPortrayal = new FastValueGridPortrayal2D(IFNG);
    private final FastValueGridPortrayal2D cartPortrayal = new FastValueGridPortrayal2D(CART);

    final Narrator narrator = new Narrator();
    /** prefix for the caption in compare mode ("A · "), empty for a single run */
    private final String label;
    private TissueLayers layers;
    private int latticePx = 560;

    Display2D display;
    JFrame frame;
    LegendPanel legend;
    CaptionBar caption;
    TimelineStrip strip;

    TissueView(String label) {
        this.label = label;
        tumorPortrayal.setMap(new SimpleColorMap(TissuePalette.TUMOR_COLORS));
        myeloidPortrayal.setMap(new SimpleColorMap(TissuePalette.MYELOID_COLORS));
        il6Portrayal.setMap(new SimpleColorMap(TissuePalette.IL6_COLORS));
        ifngPortrayal.setMap(new SimpleColorMap(TissuePalette.IFNG_COLORS));
        cartPortrayal.setMap(new SimpleColorMap(TissuePalette.CART_COLORS));
    }

    /** frames this view's display has drawn (its tumor layer is drawn once per frame) */
    long framesDrawn() {
        return framesDrawn.get();
    }

    /** builds the window for {@code m}'s lattice and registers it with the Console */
    void create(GUIState gui, Controller c, CarTModel m) {
        display = new Display2D(width(m), height(m), gui);
        display.setBackdrop(TissuePalette.BACKGROUND);
        display.attach(tumorPortrayal, TUMOR);
        display.attach(myeloidPortrayal, MACROPHAGES);
        display.attach(il6Portrayal, IL6, false);
        display.attach(ifngPortrayal, IFNG, false);
        display.attach(cartPortrayal, CART);

        frame = display.createFrame();
        legend = new LegendPanel();
        caption = new CaptionBar();
        strip = new TimelineStrip();
        JPanel south = new JPanel(new BorderLayout());
        south.add(caption, BorderLayout.NORTH);
        south.add(strip, BorderLayout.CENTER);
        frame.getContentPane().add(legend, BorderLayout.EAST);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
        bindLattice(m);
        c.registerFrame(frame);
        frame.setVisible(true);
    }

    /**
     * Gives the window {@code bounds} and the legend {@code legendFont}, then scales the lattice to
     * fill the display's viewport exactly, whatever the tool bar and borders take (the scroll bars stay, as Display2D always shows them).
     */
    void setSize(Rectangle bounds, float legendFont, CarTModel m) {
        legend.setFontSize(legendFont);
        frame.setBounds(bounds);
        frame.validate();
        // Display2D's scroll bars are always shown: the lattice gets the viewport's extent
        java.awt.Dimension room = display.display.getViewport().getExtentSize();
        latticePx = Math.max(40, Math.min(room.width, room.height));
        bindLattice(m);
        frame.validate();
    }

    /** grids sized to the lattice, attached to the portrayals */
    void bindLattice(CarTModel m) {
        if (layers == null || layers.width != m.width || layers.height != m.height) {
            layers = new TissueLayers(m.width, m.height);
            tumorPortrayal.setField(layers.tumor);
            myeloidPortrayal.setField(layers.myeloid);
            il6Portrayal.setField(layers.il6);
            ifngPortrayal.setField(layers.ifng);
            cartPortrayal.setField(layers.cart);
        }
        if (display != null) {
            display.insideDisplay.width = width(m);
            display.insideDisplay.height = height(m);
            display.insideDisplay.revalidate();
            display.repaint();
        }
    }

    void setTitle(String title) {
        if (frame != null) frame.setTitle(title);
    }

    void showCaption(String text) {
        if (caption != null) caption.show(label + text);
    }

    /** copies the model into the grids and updates caption, legend and strip (model thread) */
    List<Narration> refresh(CarTModel m) {
        if (m.tumor == null) return List.of();
        layers.refresh(m);
        List<Narration> fresh = narrator.update(m);
        showCaption(Caption.text(m));
        if (legend != null) legend.update(Caption.antigenTitle(m), shownHeatLayers());
        if (strip != null) strip.update(narrator.all(), m.params().startDay(), m.params().simulation().days(), m.day());
        return fresh;
    }

    /** a new run: the narration starts again */
    void restart() {
        narrator.reset();
    }

    /** the heat maps switched on in the display's layer menu, for the legend */
    HeatLayer[] shownHeatLayers() {
        List<HeatLayer> on = new ArrayList<>();
        if (display != null) {
            for (Component item : display.popup.getComponents()) {
                if (!(item instanceof JCheckBoxMenuItem box) || !box.isSelected()) continue;
                if (IL6.equals(box.getText())) on.add(HeatLayer.IL6);
                if (IFNG.equals(box.getText())) on.add(HeatLayer.IFNG);
            }
        }
        return on.toArray(HeatLayer[]::new);
    }

    void reset() {
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    void dispose(Controller c) {
        if (frame != null) {
            if (c != null) c.unregisterFrame(frame);
            frame.dispose();
        }
        frame = null;
        display = null;
    }

    private double width(CarTModel m) {
        return latticePx * (double) m.width / Math.max(m.width, m.height);
    }

    private double height(CarTModel m) {
        return latticePx * (double) m.height / Math.max(m.width, m.height);
    }

    /** the tumor layer is drawn once per displayed frame: counting its draws measures the frame rate */
    private static final class FrameCountingPortrayal extends FastValueGridPortrayal2D {
        private final AtomicLong frames;

        FrameCountingPortrayal(String name, AtomicLong frames) {
            super(name);
            this.frames = frames;
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            frames.incrementAndGet();
            super.draw(object, graphics, info);
        }
    }
}
