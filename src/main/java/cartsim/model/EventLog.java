package cartsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The run's treatment and clinical events, in the order they happen (the source of events.csv). */
public final class EventLog {
    /** a treatment or clinical event, in days since infusion */
    public record Event(double day, String name, String detail) {}

    private final List<Event> events = new ArrayList<>();

    public void add(double day, String name, String detail) {
        events.add(new Event(round6(day), name, detail));
    }

    void clear() {
        events.clear();
    }

    public List<Event> list() {
        return Collections.unmodifiableList(events);
    }

    static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
