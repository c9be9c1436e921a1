package cartsim.gui;

import cartsim.model.CarT;
import cartsim.model.CarTModel;
import cartsim.model.HandBuiltState;
import cartsim.model.TestScenarios;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offscreen rendering of a hand-built 10×10 state: each cell shows the palette colour it should. */
class TissueImageTest {
    private static final int W = 600, H = 420;

    private static CarTModel smallModel(Object... extra) {
        Object[] base = {"simulation.lattice_width", 10, "simulation.lattice_height", 10};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        CarTModel m = new CarTModel(TestScenarios.params(all), 7);
        m.start();
        HandBuiltState.clear(m);
        return m;
    }

    private static Color at(BufferedImage img, TissueImage.Layout lay, int x, int y) {
        return new Color(img.getRGB(lay.pixelX(x), lay.pixelY(y)));
    }

    private static Color opaque(Color c) {
        return new Color(c.getRGB() | 0xFF000000, true);
    }

    @Test
    void cellsHaveTheirPaletteColours() {
        CarTModel m = smallModel();
        HandBuiltState.tumor(m, 1, 1, 50_000f, 0f, 0f);   // CD19-high
        HandBuiltState.tumor(m, 2, 1, 300f, 0f, 0f);      // CD19-low but detected
        HandBuiltState.tumor(m, 3, 1, 0f, 8_000f, 0f);    // CD19-negative (CD22 does not count for a CD19 CAR)
        HandBuiltState.killedJustNow(m, 5, 1);
        HandBuiltState.cart(m, 7, 1, CarT.EFFECTOR);
        HandBuiltState.cart(m, 1, 5, CarT.MEMORY);
        HandBuiltState.cart(m, 3, 5, CarT.EXHAUSTED);
        HandBuiltState.tumor(m, 8, 8, 9_000f, 0f, 0f);
        HandBuiltState.cart(m, 8, 8, CarT.EFFECTOR);      // a T cell is drawn over the tumor cell it sits on

        BufferedImage img = TissueImage.render(m, new TissueLayers(10, 10), HeatLayer.NONE, W, H);
        TissueImage.Layout lay = TissueImage.layout(W, H, 10, 10);
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());

        assertEquals(TissuePalette.TUMOR_COLORS[TissuePalette.tumorLevel(50_000)], at(img, lay, 1, 1));
        assertEquals(TissuePalette.TUMOR_COLORS[TissuePalette.tumorLevel(300)], at(img, lay, 2, 1));
        assertEquals(TissuePalette.NEGATIVE, at(img, lay, 3, 1));
        assertEquals(TissuePalette.FLASH, at(img, lay, 5, 1));
        assertEquals(TissuePalette.EFFECTOR, at(img, lay, 7, 1));
        assertEquals(TissuePalette.MEMORY, at(img, lay, 1, 5));
        assertEquals(TissuePalette.EXHAUSTED, at(img, lay, 3, 5));
        assertEquals(TissuePalette.EFFECTOR, at(img, lay, 8, 8));
        assertEquals(TissuePalette.BACKGROUND, at(img, lay, 5, 5));
        // high antigen is darker red than low antigen: the scale runs the right way
        Color hi = at(img, lay, 1, 1), lo = at(img, lay, 2, 1);
        assertTrue(hi.getGreen() < lo.getGreen(), "high density should be redder: " + hi + " vs " + lo);
    }

    @Test
    void dualTargetOrCountsEitherAntigen() {
        CarTModel m = smallModel("product.targets", java.util.List.of("CD19", "CD22"), "product.logic", "OR");
        HandBuiltState.tumor(m, 3, 1, 0f, 8_000f, 0f);    // CD19-negative but CD22-positive: still a target
        HandBuiltState.tumor(m, 4, 1, 0f, 0f, 0f);        // negative for both
        BufferedImage img = TissueImage.render(m, new TissueLayers(10, 10), HeatLayer.NONE, W, H);
        TissueImage.Layout lay = TissueImage.layout(W, H, 10, 10);
        assertEquals(TissuePalette.TUMOR_COLORS[TissuePalette.tumorLevel(8_000)], at(img, lay, 3, 1));
        assertEquals(TissuePalette.NEGATIVE, at(img, lay, 4, 1));
        assertEquals("CD19 OR CD22 (stronger)", Caption.antigenTitle(m));
    }

    @Test
    void macrophagesAreFaintAndHeatMapOnlyWhenAsked() {
        CarTModel m = smallModel();
        HandBuiltState.macrophage(m, 2, 2, 1f);
        m.il6.keepMap(); // as the GUI and picture runs do
        m.il6.add(6 * 10 + 6, 500_000f);
        TissueImage.Layout lay = TissueImage.layout(W, H, 10, 10);

        BufferedImage plain = TissueImage.render(m, new TissueLayers(10, 10), HeatLayer.NONE, W, H);
        Color mac = at(plain, lay, 2, 2);
        assertNotEquals(TissuePalette.BACKGROUND, mac);
        assertNotEquals(opaque(TissuePalette.MYELOID_COLORS[TissuePalette.MYELOID_LEVELS]), mac, "macrophages are translucent");
        assertEquals(TissuePalette.BACKGROUND, at(plain, lay, 6, 6));

        BufferedImage heat = TissueImage.render(m, new TissueLayers(10, 10), HeatLayer.IL6, W, H);
        Color hot = at(heat, lay, 6, 6);
        assertNotEquals(TissuePalette.BACKGROUND, hot);
        assertTrue(hot.getBlue() > TissuePalette.BACKGROUND.getBlue() + 50, "IL-6 heat is purple: " + hot);
    }

    @Test
    void captionAndLegendAreDrawn() {
        CarTModel m = smallModel();
        HandBuiltState.tumor(m, 1, 1, 9_000f, 0f, 0f);
        HandBuiltState.tumor(m, 2, 1, 9_000f, 0f, 0f);
        HandBuiltState.cart(m, 3, 3, CarT.MEMORY);
        String caption = Caption.text(m);
        assertEquals(String.format(java.util.Locale.ROOT, "Day %.1f · tumor cells 2 · CAR-T cells 1 · CRS grade 0", m.day()), caption);

        BufferedImage img = TissueImage.render(m, new TissueLayers(10, 10), HeatLayer.IL6, W, H);
        TissueImage.Layout lay = TissueImage.layout(W, H, 10, 10);
        assertTrue(countNot(img, TissuePalette.BACKGROUND, 0, 0, W, lay.captionHeight()) > 100, "caption text drawn");
        assertTrue(countNot(img, TissuePalette.BACKGROUND, lay.legendX(), lay.captionHeight(), W, H) > 1000, "legend drawn");
        // the legend carries the swatches of the palette
        assertTrue(contains(img, TissuePalette.NEGATIVE, lay.legendX(), 0, W, H), "negative swatch");
        assertTrue(contains(img, TissuePalette.EXHAUSTED, lay.legendX(), 0, W, H), "exhausted swatch");
    }

    @Test
    void tooSmallImageIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TissueImage.layout(100, 60, 80, 80));
    }

    private static int countNot(BufferedImage img, Color c, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if ((img.getRGB(x, y) & 0xFFFFFF) != (c.getRGB() & 0xFFFFFF)) n++;
        return n;
    }

    private static boolean contains(BufferedImage img, Color c, int x0, int y0, int x1, int y1) {
        return countNot(img, c, x0, y0, x1, y1) < (x1 - x0) * (y1 - y0);
    }
}
