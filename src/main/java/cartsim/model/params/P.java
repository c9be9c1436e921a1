package cartsim.model.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotations that turn a record component into a scenario parameter. The component's name
 * is the YAML key (one spelling: {@code disease.doubling_time_h} in a file is
 * {@code params.disease().doubling_time_h()} in the model); the annotation carries the default,
 * the allowed range or words, the unit, the source and a one-line description. The scenario
 * registry reads these by reflection, once, to build the schema, validation, documentation and
 * the GUI ranges; nothing else restates them.
 *
 * <p>In a keyed family (a {@code Map<Target, AntigenParams>} or {@code Map<Costim, CostimParams>}
 * component) one record type serves every key: {@code byKey} and {@code sourceByKey} give
 * per-key defaults and sources in the key enum's order, and {@code {key}} in {@code doc} is
 * replaced by the key's word.
 */
public final class P {
    private P() {}

    /** a real number in [min, max] */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Real {
        double value();
        double min();
        double max();
        String unit();
        String source();
        String doc();
        double[] byKey() default {};
        String[] sourceByKey() default {};
    }

    /** a whole number in [min, max] */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Int {
        int value();
        int min();
        int max();
        String unit();
        String source();
        String doc();
    }

    /** true or false */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Flag {
        boolean value();
        String source();
        String doc();
    }

    /** one word of the component's {@link Word} enum; {@code value} is the default word */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Choice {
        String value();
        String source();
        String doc();
    }

    /** a list of words of the list element's {@link Word} enum */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Choices {
        String[] value();
        String source();
        String doc();
    }

    /** free text */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Text {
        String value();
        String doc();
    }

    /** a list of records (each record's components are annotated in turn) */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Records {
        String source();
        String doc();
    }
}
