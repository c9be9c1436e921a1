package cartsim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An input/output failure in words a user acts on ("disk full", "permission denied"), with the
 * file it concerns, instead of a Java exception class name.
 */
final class IoProblems {
    private IoProblems() {}

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        String what;
        if (e instanceof AccessDeniedException) what = "permission denied";
        else if (e instanceof NoSuchFileException) what = "no such file or folder";
        else if (e instanceof NotDirectoryException) what = "not a folder";
        else if (e instanceof DirectoryNotEmptyException) what = "folder not empty";
        else if (reason.toLowerCase(Locale.ROOT).contains("no space left")) what = "disk full (no space left on device)";
        else if (reason.toLowerCase(Locale.ROOT).contains("read-only file system")) what = "read-only file system";
        else if (reason.toLowerCase(Locale.ROOT).contains("not a directory")) what = "a path component is a file, not a folder";
        else if (reason.toLowerCase(Locale.ROOT).contains("disk quota")) what = "disk quota exceeded";
        else what = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : reason;
        // a failed copy names its source first; the file that could not be written is the other one
        String file = !(e instanceof FileSystemException f) ? null : f.getOtherFile() != null ? f.getOtherFile() : f.getFile();
        return "cartsim: " + (file != null ? file + ": " : "") + what + "; no result was marked complete";
    }
}
