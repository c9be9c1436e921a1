package cartsim.model;

import java.util.Arrays;

/**
 * The tumor's event calendar: (step, site) pairs in a binary min-heap of primitive longs, ordered
 * by step and then by site, so the events of one step come out in ascending site order, the order
 * in which the step-by-step scan visits the cells. An entry does not say whether its cell still
 * lives: the caller checks that against the site (lazy deletion), so a kill costs nothing here.
 */
final class EventQueue {
    private long[] heap = new long[64];
    private int size;

    void add(int step, int site) {
        if (size == heap.length) heap = Arrays.copyOf(heap, 2 * size);
        long key = (long) step << 32 | site;
        int i = size++;
        while (i > 0) { // sift up
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    /** true if the earliest entry falls on or before this step */
    boolean dueBy(int step) {
        return size > 0 && (int) (heap[0] >>> 32) <= step;
    }

    /** removes the earliest entry and returns its site */
    int pollSite() {
        long top = heap[0];
        long last = heap[--size];
        int i = 0;
        while (true) { // sift down
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && heap[c + 1] < heap[c]) c++;
            if (heap[c] >= last) break;
            heap[i] = heap[c];
            i = c;
        }
        if (size > 0) heap[i] = last;
        return (int) top;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** bytes of the heap array */
    long bytes() {
        return 8L * heap.length;
    }
}
