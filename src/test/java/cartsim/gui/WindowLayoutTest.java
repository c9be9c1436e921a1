package cartsim.gui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Rectangle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window plan: on the projector and the laptop, nothing overlaps and nothing leaves the screen. */
class WindowLayoutTest {
    @ParameterizedTest
    @CsvSource({"1920,1080,1", "1920,1080,2", "1366,768,1", "1366,768,2", "1600,1000,2"})
    void windowsFitTheScreenWithoutOverlap(int w, int h, int views) {
        Rectangle screen = new Rectangle(0, 0, w, h);
        WindowLayout plan = WindowLayout.plan(screen, views, 3);
        List<Rectangle> all = plan.all();
        assertEquals(views + 1 + 3, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(screen.contains(all.get(i)), all.get(i) + " on " + screen);
            for (int j = 0; j < i; j++) assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
        }
        // tissue views and Console in the top row, the three charts in one row below
        int top = plan.tissue().get(0).y, chartsY = plan.charts().get(0).y;
        for (Rectangle t : plan.tissue()) assertEquals(top, t.y);
        assertEquals(top, plan.console().y);
        for (Rectangle c : plan.charts()) assertEquals(chartsY, c.y);
        assertTrue(chartsY >= plan.console().y + plan.console().height);
        assertTrue(plan.latticePx() >= 250, "lattice still readable: " + plan.latticePx() + " px");
        assertTrue(plan.console().width >= 330, "Console wide enough for its tabs");
    }

    @ParameterizedTest
    @CsvSource({"1366,768", "1920,1080"})
    void workAreaOffsetIsRespected(int w, int h) {
        Rectangle screen = new Rectangle(0, 30, w, h - 30); // a top panel of the desktop
        for (Rectangle r : WindowLayout.plan(screen, 2, 3).all()) assertTrue(screen.contains(r), r.toString());
    }
}
