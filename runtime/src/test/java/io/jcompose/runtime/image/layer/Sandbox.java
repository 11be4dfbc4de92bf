package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A test's whole world: {@code outside/sentinel} that no layer may touch and {@code layers/} that holds the
 * target, so a layer escaping by {@code ../..} from its temporary directory lands in this sandbox, where
 * {@link #listing()} sees it.
 */
record Sandbox(Path base) {

    static final String SENTINEL = "original\n";

    static Sandbox in(Path base) throws IOException {
        Files.createDirectories(base.resolve("outside"));
        Files.writeString(base.resolve("outside/sentinel"), SENTINEL);
        Files.createDirectories(base.resolve("layers"));
        return new Sandbox(base);
    }

    Path target() {
        return base.resolve("layers/t");
    }

    Path sentinel() {
        return base.resolve("outside/sentinel");
    }

    /** Every path under the sandbox with its kind and content hash, to compare before and after. */
    Map<String, String> listing() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(base)) {
            paths.forEach(p -> all.put(base.relativize(p).toString(), describe(p)));
        }
        return all;
    }

    private static String describe(Path p) {
        try {
            if (Files.isSymbolicLink(p)) {
                return "link " + Files.readSymbolicLink(p);
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return "dir";
            }
            return "file " + Digest.sha256(Files.readAllBytes(p)) + " " + Files.getAttribute(p, "unix:nlink");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) throws IOException {
        return Files.readString(target().resolve(relative), StandardCharsets.UTF_8);
    }
}
