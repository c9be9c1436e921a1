package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.params.Logic;
import cartsim.model.params.ProductParams;

import java.util.Locale;

/** The one-line live caption and the legend's antigen title, shared by display and snapshots. */
public final class Caption {
    private Caption() {}

    /** e.g. "Day 12.5 · tumor cells 3,456 · CAR-T cells 789 · CRS grade 2" */
    public static String text(CarTModel m) {
        int[] c = m.cartCounts();
        return String.format(Locale.ROOT, "Day %.1f · tumor cells %,d · CAR-T cells %,d · CRS grade %d",
                m.day(), m.tumor.live, c[0] + c[1], m.clinical.crsGrade());
    }

    /** what the tumor colour scale measures, e.g. "CD19 molecules/cell" or "CD19 OR CD22 (stronger)" */
    public static String antigenTitle(CarTModel m) {
        ProductParams p = m.params().product();
        var tg = p.targets();
        if (tg.size() == 1 || p.logic() == Logic.SINGLE) return tg.get(0).word() + " molecules/cell";
        String pair = tg.get(0).word() + " " + p.logic().word() + " " + tg.get(1).word();
        return pair + (p.logic() == Logic.AND ? " (weaker)" : " (stronger)");
    }
}
