package io.jcompose.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The paths of a named context that a Dockerfile's {@code COPY --from=NAME SRC...} sources name, found by
 * descending only where the sources lead (a literal segment is looked up, a glob segment lists one directory,
 * {@code **} walks below the literal part); a selected symlink brings its target along when it stays inside.
 */
final class NamedContextFiles {

    private static final int SYMLINK_HOPS = 8;

    private NamedContextFiles() {
    }

    /** Relative {@code /}-separated paths; a directory stands for its whole tree; {@code "."} for everything. */
    static SortedSet<String> select(Path root, List<String> sources) throws IOException {
        SortedSet<String> selected = new TreeSet<>();
        for (String source : sources) {
            String clean = DockerIgnore.clean(source.startsWith("/") ? source.substring(1) : source);
            if (clean.equals(".") || clean.equals("..") || clean.startsWith("../")) {
                return new TreeSet<>(List.of("."));
            }
            selected.addAll(clean.contains("**") ? deep(root, clean) : bySegment(root, clean));
        }
        for (String path : List.copyOf(selected)) {
            followSymlinks(root, path, selected);
        }
        return selected;
    }

    private static List<String> bySegment(Path root, String pattern) throws IOException {
        List<String> current = List.of("");
        for (String segment : pattern.split("/")) {
            List<String> next = new ArrayList<>();
            for (String dir : current) {
                if (!PathPattern.hasMeta(segment)) {
                    String path = join(dir, segment);
                    if (Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                        next.add(path);
                    }
                } else if (Files.isDirectory(root.resolve(dir.isEmpty() ? "." : dir))) {
                    PathPattern p = PathPattern.of(segment);
                    for (Path child : FileEntries.sorted(root.resolve(dir.isEmpty() ? "." : dir))) {
                        String name = child.getFileName().toString();
                        if (p.matches(name)) {
                            next.add(join(dir, name));
                        }
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** A pattern with {@code **}: every path below its literal leading directories that it matches. */
    private static List<String> deep(Path root, String pattern) throws IOException {
        StringBuilder base = new StringBuilder();
        for (String segment : pattern.split("/")) {
            if (PathPattern.hasMeta(segment)) {
                break;
            }
            base.append(base.isEmpty() ? "" : "/").append(segment);
        }
        Path start = root.resolve(base.isEmpty() ? "." : base.toString());
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        PathPattern p = PathPattern.of(pattern);
        try (Stream<Path> all = Files.walk(start)) {
            return all.map(f -> root.relativize(f).toString()).filter(p::matches).toList();
        }
    }

    private static void followSymlinks(Path root, String path, SortedSet<String> selected) throws IOException {
        Path file = root.resolve(path);
        for (int hop = 0; hop < SYMLINK_HOPS && Files.isSymbolicLink(file); hop++) {
            Path target = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
            if (Files.readSymbolicLink(file).isAbsolute()) {
                target = root.resolve(root.getRoot().relativize(Files.readSymbolicLink(file))).normalize();
            }
            if (!target.startsWith(root) || target.equals(root) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            selected.add(root.relativize(target).toString());
            file = target;
        }
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }
}
