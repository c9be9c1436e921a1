package cartsim.experiment;


import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** manifest.json: what produced a results folder, with which code, seed and environment. */
public final class Manifest {
    private Manifest() {}

    public static Map<String, Object> base(String kind, String command) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("cartsim_version", BuildInfo.version());
        m.put("git_commit", gitCommit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("command", command);
        return m;
    }

    private static String cached;

    /** the commit of the working tree the jar runs from, when git is available */
    static synchronized String gitCommit() {
        if (cached != null) return cached.isEmpty() ? null : cached;
        String env = System.getenv("CARTSIM_GIT_COMMIT");
        if (env != null && !env.isBlank()) return cached = env.trim();
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.readLine();
            }
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && line != null && line.matches("[0-9a-f]{40}"))
                return cached = line;
        } catch (Exception e) {
            // no git on this machine or not a checkout: the manifest says null
        }
        cached = "";
        return null;
    }
}
