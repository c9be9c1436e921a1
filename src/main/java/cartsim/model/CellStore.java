package cartsim.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one list of per-cell columns of a structure-of-arrays cell population. Each column is
 * registered once (how to read and replace its array); growth, order-keeping compaction and the
 * byte count all iterate this list, so a new per-cell property is one field plus one
 * {@link #column} line. The arrays stay plain primitive fields for the hot loops.
 */
final class CellStore {
    private record Column(Supplier<Object> get, Consumer<Object> set, Class<?> element) {}

    private final List<Column> columns = new ArrayList<>();

    /** registers a primitive array field: {@code get} reads it, {@code set} replaces it */
    @SuppressWarnings("unchecked")
    <A> CellStore column(Supplier<A> get, Consumer<A> set) {
        Object a = get.get();
        if (a == null || !a.getClass().isArray() || !a.getClass().getComponentType().isPrimitive())
            throw new IllegalArgumentException("a column is a primitive array");
        columns.add(new Column((Supplier<Object>) get, (Consumer<Object>) set, a.getClass().getComponentType()));
        return this;
    }

    /** capacity of the columns (they always share one length) */
    int capacity() {
        return columns.isEmpty() ? 0 : Array.getLength(columns.get(0).get().get());
    }

    /** grows every column to at least {@code cap} slots, keeping their contents */
    void ensure(int cap) {
        int len = capacity();
        if (cap <= len) return;
        // grow by half: at the CAR-T peak the columns' unused slack is at most a third of them
        // (doubling left up to half the slots empty, which the bytes-per-agent count includes)
        int c = Math.max(cap, len + (len >> 1) + 16);
        for (Column col : columns) {
            Object old = col.get().get();
            Object grown = Array.newInstance(col.element(), c);
            System.arraycopy(old, 0, grown, 0, len);
            col.set().accept(grown);
        }
    }

    /** copies slots [from, from + len) onto [to, to + len) in every column */
    void moveBlock(int from, int to, int len) {
        for (Column col : columns) {
            Object a = col.get().get();
            System.arraycopy(a, from, a, to, len);
        }
    }

    /**
     * Removes the slots whose {@code state} is {@code dead} from [0, count), keeping the order of
     * the others (so runs stay deterministic), in block copies: the work is one copy per run of
     * live cells, not one per cell. {@code state} is one of the columns. Returns the new count.
     */
    int compact(int count, byte[] state, byte dead) {
        int i = 0;
        while (i < count && state[i] != dead) i++;
        int j = i;
        while (i < count) {
            if (state[i] == dead) { i++; continue; }
            int start = i;
            while (i < count && state[i] != dead) i++;
            moveBlock(start, j, i - start);
            j += i - start;
        }
        return j;
    }

    /** bytes one cell occupies across all columns */
    long bytesPerCell() {
        long b = 0;
        for (Column col : columns) b += bytes(col.element());
        return b;
    }

    static int bytes(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) return 8;
        if (primitive == int.class || primitive == float.class) return 4;
        if (primitive == short.class || primitive == char.class) return 2;
        return 1; // byte, boolean
    }
}
