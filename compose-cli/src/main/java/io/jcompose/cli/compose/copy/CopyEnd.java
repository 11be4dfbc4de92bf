package io.jcompose.cli.compose.copy;

/**
 * One side of {@code cp}: {@code SERVICE:PATH} in a container, else a host path ({@code -} for a tar on stdin or
 * stdout). As docker's client decides it: an absolute or {@code .}-relative argument is always a host path.
 */
public record CopyEnd(String service, String path) {

    public static CopyEnd parse(String arg) {
        if (arg.startsWith("/") || arg.startsWith(".")) {
            return new CopyEnd(null, arg);
        }
        int colon = arg.indexOf(':');
        if (colon <= 0) {
            return new CopyEnd(null, arg);
        }
        return new CopyEnd(arg.substring(0, colon), arg.substring(colon + 1));
    }

    public boolean inContainer() {
        return service != null;
    }

    /** docker's rule: {@code DIR/.} copies a directory's contents rather than the directory. */
    public boolean contentsOnly() {
        return path.equals(".") || path.endsWith("/.");
    }

    /** The last name of the path ({@code /a/b/} is {@code b}); {@code /} for the root. */
    public static String base(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash < 0 || p.equals("/") ? p : p.substring(slash + 1);
    }

    /** The directory holding the path ({@code /a/b} is {@code /a}, {@code b} is {@code .}). */
    public static String parent(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : p.substring(0, slash);
    }
}
