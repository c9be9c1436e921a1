package cartsim.scenario;

/** The value kinds a scenario parameter can take. */
public enum ParamType {
    /** a real number, checked against [min, max] */
    DOUBLE,
    /** a whole number, checked against [min, max] */
    INT,
    BOOL,
    /** one word out of {@link Param#allowed()} */
    ENUM,
    /** a list of words, each out of {@link Param#allowed()}, no repeats */
    ENUM_LIST,
    /** free text (names, descriptions) */
    STRING,
    /** a list of records (e.g. chemotherapy pulses); fields described by {@link Param#fields()} */
    RECORD_LIST
}
