package io.jcompose.cli.build;

import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a build's sources and prepares the context tar as the docker CLI does before {@code POST /build}: the
 * context directory (a symlink to one is resolved), the Dockerfile sent under its path when it is inside the
 * context and under a generated name when it is outside or inline, the {@code .dockerignore}
 * ({@code <Dockerfile>.dockerignore} first, as BuildKit), and the named contexts the Dockerfile uses.
 */
public final class ContextPacker {

    /** Prefix of a Dockerfile added to the context, as the docker CLI names one from outside it. */
    static final String GENERATED_PREFIX = ".dockerfile.";

    private ContextPacker() {
    }

    public static PackedContext prepare(BuildSource source) throws IOException {
        Path context = directory(source.context(), "");
        String text;
        String inTar;
        boolean generated;
        Path dockerfilePath = null;
        if (source.dockerfileInline() != null) {
            text = source.dockerfileInline();
            inTar = GENERATED_PREFIX + digest(text);
            generated = true;
        } else {
            Path given = Path.of(source.dockerfile());
            dockerfilePath = (given.isAbsolute() ? given : source.context().toAbsolutePath().resolve(given)).normalize();
            if (!Files.isRegularFile(dockerfilePath)) {
                throw new ComposeException("unable to prepare context: unable to evaluate symlinks in Dockerfile "
                        + "path: lstat " + dockerfilePath + ": no such file or directory");
            }
            text = Files.readString(dockerfilePath, StandardCharsets.UTF_8);
            String inside = inside(context, source.context().toAbsolutePath().normalize(), dockerfilePath);
            generated = inside == null;
            inTar = generated ? GENERATED_PREFIX + digest(text) : inside;
        }
        Path ignoreFile = dockerfilePath == null ? null : Path.of(dockerfilePath + ".dockerignore");
        if (ignoreFile == null || !Files.isRegularFile(ignoreFile)) {
            ignoreFile = context.resolve(".dockerignore");
        }
        DockerIgnore ignore = rules(ignoreFile);
        DockerfileScan scan = source.namedContexts().isEmpty() ? null : DockerfileScan.of(text);
        Map<String, ContextTar.NamedContext> named = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : source.namedContexts().entrySet()) {
            Path root = directory(e.getValue(), "additional context \"" + e.getKey() + "\": ");
            List<String> sources = scan.wholeContexts().contains(e.getKey()) ? List.of(".")
                    : scan.sources().getOrDefault(e.getKey(), List.of());
            named.put(e.getKey(), new ContextTar.NamedContext(root, rules(root.resolve(".dockerignore")), sources));
        }
        Set<String> keep = generated ? Set.of(".dockerignore") : Set.of(".dockerignore", inTar);
        ContextTar tar = new ContextTar(context, ignore, keep, inTar, generated ? text : null, named);
        return new PackedContext(inTar, named.keySet().stream().sorted().toList(), tar);
    }

    private static Path directory(Path dir, String what) throws IOException {
        if (!Files.exists(dir)) {
            throw new ComposeException("unable to prepare context: " + what + "path \"" + dir + "\" not found");
        }
        if (!Files.isDirectory(dir)) {
            throw new ComposeException("unable to prepare context: " + what + "context must be a directory: " + dir);
        }
        return dir.toRealPath();
    }

    /** The Dockerfile's path relative to the context, or null when it is outside. */
    private static String inside(Path realContext, Path givenContext, Path dockerfile) throws IOException {
        for (Path candidate : List.of(dockerfile, dockerfile.toRealPath())) {
            for (Path root : List.of(givenContext, realContext)) {
                if (candidate.startsWith(root) && !candidate.equals(root)) {
                    return root.relativize(candidate).toString();
                }
            }
        }
        return null;
    }

    private static DockerIgnore rules(Path file) throws IOException {
        return Files.isRegularFile(file) ? DockerIgnore.parse(Files.readString(file, StandardCharsets.UTF_8))
                : DockerIgnore.NONE;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
