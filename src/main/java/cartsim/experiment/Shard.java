package cartsim.experiment;

/** Shard K of N (1-based K): owns the runs whose run_id mod N equals K − 1. */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be K/N with 1 ≤ K ≤ N, got " + index + "/" + count);
        }
    }

    /** parses "K/N"; null when the text is not of that form */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) return null;
        try {
            int k = Integer.parseInt(parts[0].trim()), n = Integer.parseInt(parts[1].trim());
            return k >= 1 && n >= 1 && k <= n ? new Shard(k, n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean owns(int runId) {
        return runId % count == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
