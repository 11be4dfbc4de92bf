package io.jcompose.model.source;

import java.nio.file.Path;

/**
 * One Compose file as read: the name used in messages (the path as the user gave it, or "-" for stdin), its
 * absolute path ({@code null} for stdin), and its text.
 */
public record ConfigFile(String displayName, Path path, String content) {

    public boolean isStdin() {
        return path == null;
    }

    /** The directory relative paths in this file are resolved against, given the project directory. */
    public Path baseDirectory(Path projectDirectory) {
        return path == null || path.getParent() == null ? projectDirectory : path.getParent();
    }
}
