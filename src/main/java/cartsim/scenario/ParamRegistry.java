package cartsim.scenario;

import cartsim.model.params.P;
import cartsim.model.params.Parameters;
import cartsim.model.params.Word;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge between the typed parameter records of {@code cartsim.model.params} and the
 * path-keyed scenario tree. It reads the records once, by reflection: each annotated component is
 * a {@link Param} (its path is the chain of component names, its facts are the annotation), each
 * un-annotated record component is a section, and each {@code Map<Enum, Record>} component is a
 * keyed family with one section per enum word. {@link #bind} turns a validated scenario into
 * {@link Parameters}. No parameter is named anywhere else.
 */
public final class ParamRegistry {
    private static final List<Param> PARAMS = Collections.unmodifiableList(collect(Parameters.class, "", null));

    private ParamRegistry() {}

    /** every parameter in declaration (= document) order */
    public static List<Param> params() {
        return PARAMS;
    }

    /** the typed parameters of a validated scenario */
    public static Parameters bind(Scenario s) {
        return construct(Parameters.class, "", s::get);
    }

    // ---- schema from the records ----

    private static List<Param> collect(Class<?> type, String prefix, Enum<?> key) {
        List<Param> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            String path = prefix + rc.getName();
            Param p = param(rc, path, key);
            if (p != null) {
                out.add(p);
            } else if (rc.getType().isRecord()) {
                out.addAll(collect(rc.getType(), path + ".", null));
            } else if (rc.getType() == Map.class) {
                Class<?> k = typeArg(rc, 0), v = typeArg(rc, 1);
                for (Object e : k.getEnumConstants())
                    out.addAll(collect(v, path + "." + ((Word) e).word() + ".", (Enum<?>) e));
            } else {
                throw new IllegalStateException(type.getSimpleName() + "." + rc.getName() + " has no parameter annotation");
            }
        }
        return out;
    }

    private static Param param(RecordComponent rc, String path, Enum<?> key) {
        if (ann(rc, P.Real.class) instanceof P.Real a) {
            double def = a.byKey().length > 0 ? a.byKey()[key.ordinal()] : a.value();
            String src = a.sourceByKey().length > 0 ? a.sourceByKey()[key.ordinal()] : a.source();
            return Param.real(path, def, a.min(), a.max(), a.unit(), src, doc(a.doc(), key));
        }
        if (ann(rc, P.Int.class) instanceof P.Int a)
            return Param.integer(path, a.value(), a.min(), a.max(), a.unit(), a.source(), doc(a.doc(), key));
        if (ann(rc, P.Flag.class) instanceof P.Flag a)
            return Param.bool(path, a.value(), a.source(), doc(a.doc(), key));
        if (ann(rc, P.Choice.class) instanceof P.Choice a) {
            List<String> words = words(rc.getType());
            if (!words.contains(a.value())) throw new IllegalStateException(path + ": default '" + a.value() + "' is not one of " + words);
            return Param.choice(path, a.value(), words, a.source(), doc(a.doc(), key));
        }
        if (ann(rc, P.Choices.class) instanceof P.Choices a) {
            List<String> words = words(typeArg(rc, 0));
            if (!words.containsAll(Arrays.asList(a.value()))) throw new IllegalStateException(path + ": defaults not in " + words);
            return Param.choices(path, List.of(a.value()), words, a.source(), doc(a.doc(), key));
        }
        if (ann(rc, P.Text.class) instanceof P.Text a)
            return Param.text(path, a.value(), doc(a.doc(), key));
        if (ann(rc, P.Records.class) instanceof P.Records a)
            return Param.records(path, collect(typeArg(rc, 0), "", null), a.source(), doc(a.doc(), key));
        return null;
    }

    /** the annotation as Object, so that one pattern match both tests and binds it */
    private static Object ann(RecordComponent rc, Class<? extends java.lang.annotation.Annotation> type) {
        return rc.getAnnotation(type);
    }

    private static String doc(String text, Enum<?> key) {
        return key == null ? text : text.replace("{key}", ((Word) key).word());
    }

    /** the words of a {@link Word} enum, in declaration order */
    public static List<String> words(Class<?> enumType) {
        List<String> out = new ArrayList<>();
        for (Object e : enumType.getEnumConstants()) out.add(((Word) e).word());
        return List.copyOf(out);
    }

    private static Class<?> typeArg(RecordComponent rc, int i) {
        Type t = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[i];
        return (Class<?>) t;
    }

    // ---- values into records ----

    private interface Lookup {
        Object get(String path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> R construct(Class<R> type, String prefix, Lookup values) {
        RecordComponent[] rcs = type.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            String path = prefix + rc.getName();
            Class<?> t = rc.getType();
            if (rc.getAnnotation(P.Records.class) != null) {
                List<R> list = new ArrayList<>();
                for (Map<String, Object> r : (List<Map<String, Object>>) values.get(path))
                    list.add((R) construct(typeArg(rc, 0), "", r::get));
                args[i] = List.copyOf(list);
            } else if (rc.getAnnotation(P.Choices.class) != null) {
                List<Object> list = new ArrayList<>();
                for (String w : (List<String>) values.get(path)) list.add(Word.parse((Class) typeArg(rc, 0), w));
                args[i] = List.copyOf(list);
            } else if (rc.getAnnotation(P.Choice.class) != null) {
                args[i] = Word.parse((Class) t, (String) values.get(path));
            } else if (t == double.class) {
                args[i] = ((Number) values.get(path)).doubleValue();
            } else if (t == int.class) {
                args[i] = ((Number) values.get(path)).intValue();
            } else if (t == boolean.class || t == String.class) {
                args[i] = values.get(path);
            } else if (t.isRecord()) {
                args[i] = construct(t, path + ".", values);
            } else if (t == Map.class) {
                Class k = typeArg(rc, 0);
                EnumMap map = new EnumMap(k);
                for (Object e : k.getEnumConstants())
                    map.put(e, construct(typeArg(rc, 1), path + "." + ((Word) e).word() + ".", values));
                args[i] = Collections.unmodifiableMap(map);
            } else {
                throw new IllegalStateException("cannot bind " + path);
            }
        }
        try {
            Constructor<R> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
