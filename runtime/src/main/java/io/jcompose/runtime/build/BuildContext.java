package io.jcompose.runtime.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a build may read: the main context directory (less what {@code .dockerignore} excludes) and the named
 * contexts (compose's {@code additional_contexts}), which arrive under {@code .jcompose-contexts/NAME/} and are
 * never part of the main context.
 */
public final class BuildContext {

    /** Where named contexts sit inside the uploaded context. */
    public static final String NAMED_PREFIX = ".jcompose-contexts";

    private final Path root;
    private final DockerIgnore ignore;
    private final Set<String> named;

    private BuildContext(Path root, DockerIgnore ignore, Set<String> named) {
        this.root = root;
        this.ignore = ignore;
        this.named = Set.copyOf(named);
    }

    /** The context unpacked at {@code root}; reads its {@code .dockerignore}. */
    public static BuildContext of(Path root, Set<String> namedContexts) throws IOException {
        Path file = root.resolve(".dockerignore");
        DockerIgnore ignore = Files.isRegularFile(file) ? DockerIgnore.parse(Files.readString(file))
                : DockerIgnore.none();
        return new BuildContext(root, ignore, namedContexts);
    }

    public Path root() {
        return root;
    }

    /** The named context {@code name}, when the client sent one. */
    public Optional<Source> named(String name) {
        return named.contains(name) ? Optional.of(new Source(root.resolve(NAMED_PREFIX).resolve(name), false))
                : Optional.empty();
    }

    /** The main context as a copy source. */
    public Source main() {
        return new Source(root, true);
    }

    /** Reads a file of the main context (the Dockerfile), whatever .dockerignore says, as docker does. */
    public String readFile(String path) throws IOException {
        Path file = root.resolve(ContextPaths.clean(path));
        if (!Files.isRegularFile(file)) {
            throw new BuildException("Cannot locate specified Dockerfile: " + path);
        }
        return Files.readString(file);
    }

    /** A tree files are copied from: the main context (filtered), a named context, or a stage's root. */
    public record Source(Path dir, boolean filtered) {

        static Source of(Path dir) {
            return new Source(dir, false);
        }
    }

    /**
     * The context entries that {@code pattern} (a COPY source, cleaned, maybe a glob) names, as relative paths in
     * name order; empty if nothing matches.
     */
    List<String> match(Source source, String pattern, DockerIgnore ignoreOf) throws IOException {
        String clean = ContextPaths.clean(pattern);
        if (!ContextPaths.hasGlob(clean)) {
            Path p = source.dir().resolve(clean.isEmpty() ? "." : clean).normalize();
            boolean visible = Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !excluded(source, clean, ignoreOf);
            return visible ? List.of(clean) : List.of();
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(DockerIgnore.regex(clean)
                .replace(".*", "[^/]*"));
        Map<String, Boolean> found = new TreeMap<>();
        try (Stream<Path> all = Files.walk(source.dir())) {
            all.forEach(p -> {
                String rel = source.dir().relativize(p).toString().replace('\\', '/');
                if (!rel.isEmpty() && regex.matcher(rel).matches() && !excluded(source, rel, ignoreOf)) {
                    found.put(rel, true);
                }
            });
        }
        return new ArrayList<>(found.keySet());
    }

    /** Whether a path of the source is hidden: .dockerignore'd, or the named contexts' folder of the main one. */
    boolean excluded(Source source, String rel, DockerIgnore ignoreOf) {
        if (!source.filtered()) {
            return false;
        }
        return rel.equals(NAMED_PREFIX) || rel.startsWith(NAMED_PREFIX + "/") || ignoreOf.ignored(rel);
    }

    DockerIgnore ignore() {
        return ignore;
    }
}
