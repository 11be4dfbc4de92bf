package io.jcompose.model.paths;

import java.nio.file.Path;

/**
 * A host path as written in a Compose file, made absolute the way compose-go does: {@code ~} becomes the user's
 * home, a relative path is joined to the base directory and cleaned, absolute paths are left as written.
 */
record HostPath(Path baseDirectory, String home) {

    static HostPath of(Path baseDirectory) {
        return new HostPath(baseDirectory, PathResolver.HOME.orElse(System.getProperty("user.home")));
    }

    /** The absolute form of {@code path}; the empty string stays empty. */
    String absolute(String path) {
        String p = expandUser(path);
        if (p.isEmpty() || p.startsWith("/")) {
            return p;
        }
        return baseDirectory.resolve(p).normalize().toString();
    }

    /** A build context: URLs, git references and named contexts ({@code docker-image://}...) stay as written. */
    String context(String path) {
        if (path.contains("://") || path.startsWith("github.com/") || path.startsWith("git@")
                || path.startsWith("service:")) {
            return path;
        }
        return absolute(path);
    }

    private String expandUser(String path) {
        if (!path.startsWith("~") || home == null) {
            return path;
        }
        String rest = path.substring(1);
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? home : Path.of(home).resolve(rest).normalize().toString();
    }

    /** A volume source that names a host path rather than a volume: it starts with {@code .}, {@code /} or ~. */
    static boolean isBindSource(String source) {
        return !source.isEmpty() && (source.charAt(0) == '.' || source.charAt(0) == '/' || source.charAt(0) == '~');
    }
}
