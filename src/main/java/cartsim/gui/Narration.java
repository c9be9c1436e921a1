package cartsim.gui;

/**
 * One narrated event: the model's event (day and name as in events.csv) and the sentence the
 * classroom sees, e.g. "Day 3 · CRS grade 2: IL-6 rising (850 pg/mL), fever 39.0 °C".
 */
public record Narration(double day, String event, String text) {}
