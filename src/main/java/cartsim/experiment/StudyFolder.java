package cartsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The output folder of a resumable study (sweep or trial), shared by both: it is created whole
 * (manifest.json marked incomplete plus a copy of the study file) in a hidden sibling and renamed
 * into place, so at every instant the folder is either absent or carries a manifest that
 * {@code --resume} can read. Resume and merge check a folder against the study with
 * {@link #checkSame}.
 */
final class StudyFolder {
    static final String MANIFEST = "manifest.json";

    private StudyFolder() {}

    /** whether {@code dir} holds something (then only --resume may use it) */
    static boolean inUse(Path dir) throws IOException {
        return Files.exists(dir) && !AtomicDir.isEmptyDir(dir);
    }

    /** refuses a folder in use without --resume, before anything runs */
    static void refuseInUse(Path dir, boolean resume) throws IOException {
        for (Path up = dir.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) throw new java.nio.file.NotDirectoryException(up.toString());
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new FileAlreadyExistsException(dir + " (not a folder)");
        if (!resume && inUse(dir)) throw new FileAlreadyExistsException(dir + " (use --resume to continue it, or choose another --out)");
    }

    /** creates the folder with its incomplete manifest and the study file as {@code copyName}, all at once */
    static void create(Path dir, Map<String, Object> manifest, Path studyFile, String copyName) throws IOException {
        try (AtomicDir tmp = new AtomicDir(dir)) {
            Files.copy(studyFile, tmp.path().resolve(copyName));
            writeManifest(tmp.path(), manifest);
            tmp.commit();
        }
        DurableFiles.syncDir(dir.getParent());
    }

    static void writeManifest(Path dir, Map<String, Object> manifest) throws IOException {
        DurableFiles.write(dir.resolve(MANIFEST), RunWriter.JSON.writeValueAsString(RunWriter.roundNumbers(manifest)) + "\n");
    }

    /** the manifest of a folder of the given kind ("sweep", "trial") */
    static Map<String, Object> readManifest(Path dir, String kind) throws BadFolderException {
        Map<String, Object> m = readAnyManifest(dir, kind);
        if (!kind.equals(m.get("kind"))) {
            throw new BadFolderException(dir + " is not a " + kind + " folder (manifest kind " + m.get("kind") + ")");
        }
        return m;
    }

    /** the manifest of any results folder; {@code expected} only words the error */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readAnyManifest(Path dir, String expected) throws BadFolderException {
        try {
            return new ObjectMapper().readValue(dir.resolve(MANIFEST).toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new BadFolderException(dir + " is not a " + expected + " folder (no readable " + MANIFEST + ")");
        }
    }

    /** the manifest's shard entry: null for a whole study */
    static Map<String, Object> shardEntry(Shard shard) {
        if (shard.isAll()) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", shard.index());
        m.put("count", shard.count());
        return m;
    }

    /**
     * Refuses to continue a folder of another study, shard or cartsim version.
     *
     * @param hashKey  the manifest key of the study hash ({@code sweep_hash}, {@code trial_hash})
     * @param differs  what a different hash means, for the message
     */
    static void checkSame(Map<String, Object> old, String hashKey, String hash, Shard shard, Path dir, String kind,
                          String differs) throws BadFolderException {
        if (!hash.equals(old.get(hashKey))) {
            throw new BadFolderException("--resume: " + dir + " belongs to a different " + kind + " ("
                    + old.get(kind + "_name") + "): " + differs);
        }
        Object oldShard = old.get("shard");
        if (!Objects.equals(oldShard == null ? null : new LinkedHashMap<>((Map<?, ?>) oldShard), shardEntry(shard))) {
            throw new BadFolderException("--resume: " + dir + " holds shard " + shardText(oldShard, kind) + ", not " + shard);
        }
        if (!BuildInfo.version().equals(old.get("cartsim_version"))) {
            throw new BadFolderException("--resume: " + dir + " was started by cartsim " + old.get("cartsim_version")
                    + ", this is " + BuildInfo.version() + ": results would mix model versions");
        }
    }

    /**
     * The manifests of the folders to merge, each checked to be complete and of the same study
     * (hash) and cartsim version as the first.
     */
    static List<Map<String, Object>> completeManifests(List<Path> dirs, String kind, String differs) throws BadFolderException {
        String hashKey = kind + "_hash", nameKey = kind + "_name";
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path d : dirs) {
            Map<String, Object> m = readManifest(d, kind);
            if (!Boolean.TRUE.equals(m.get("complete"))) {
                throw new BadFolderException(d + " is not complete: finish it with ./cartsim " + kind + " … --resume --out " + d);
            }
            Map<String, Object> first = out.isEmpty() ? m : out.get(0);
            if (!String.valueOf(first.get(hashKey)).equals(m.get(hashKey))) {
                throw new BadFolderException(d + " belongs to a different " + kind + " than " + dirs.get(0) + " ("
                        + m.get(nameKey) + " vs " + first.get(nameKey) + ", " + hashKey + " differs: " + differs + ")");
            }
            if (!String.valueOf(first.get("cartsim_version")).equals(m.get("cartsim_version"))) {
                throw new BadFolderException(d + " was written by cartsim " + m.get("cartsim_version") + ", " + dirs.get(0)
                        + " by " + first.get("cartsim_version"));
            }
            out.add(m);
        }
        return out;
    }

    private static String shardText(Object shard, String kind) {
        if (!(shard instanceof Map<?, ?> m)) return "1/1 (the whole " + kind + ")";
        return m.get("index") + "/" + m.get("count");
    }
}
