package cartsim.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a set of results folders holds, so merge can pick the sweep or the trial merge. */
public final class StudyKind {
    private StudyKind() {}

    /** "sweep" or "trial", the same for every folder; otherwise a refusal naming the odd one out */
    public static String of(List<Path> dirs) throws BadFolderException {
        String kind = null;
        Path first = null;
        for (Path d : dirs) {
            Map<String, Object> m = StudyFolder.readAnyManifest(d, "sweep or trial");
            Object k = m.get("kind");
            if (!"sweep".equals(k) && !"trial".equals(k)) {
                throw new BadFolderException(d + " is not a sweep or trial folder (manifest kind " + k + ")");
            }
            if (kind != null && !kind.equals(k)) {
                throw new BadFolderException("cannot mix folders: " + first + " is a " + kind + ", " + d + " is a " + k);
            }
            kind = (String) k;
            if (first == null) first = d;
        }
        return kind;
    }
}
