package cartsim.chart;

import org.jfree.ui.Drawable;

/**
 * One image to write: its file base name (no extension) and what to draw. A JFreeChart is a
 * Drawable; so are composite figures such as the run dashboard.
 */
public record Figure(String name, Drawable drawable) {
}
