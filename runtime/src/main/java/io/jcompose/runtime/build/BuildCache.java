package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The layer cache: for each filesystem-changing step, the layer it made, found again by a key that covers
 * everything the layer depends on (see {@link #key}). One small file per entry under {@code <dir>}; writes are
 * atomic, so a crash leaves either the entry or nothing.
 */
public final class BuildCache {

    private final Path dir;

    public BuildCache(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /**
     * The cache key of a step.
     *
     * @param parent      the ID of the state the step starts from (layers and config, see {@link StageState#id})
     * @param instruction the instruction's text after substitution
     * @param inputs      for COPY/ADD the digest of the copied files; empty otherwise
     * @param vars        for RUN the build args and env it runs with; empty otherwise
     */
    public static Digest key(String parent, String instruction, String inputs, Map<String, String> vars) {
        StringBuilder s = new StringBuilder("parent ").append(parent).append("\ninstruction ").append(instruction)
                .append("\ninputs ").append(inputs);
        new TreeMap<>(vars).forEach((k, v) -> s.append("\nvar ").append(k).append('=').append(v));
        return Digest.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<BuiltLayer> get(Digest key) throws IOException {
        Path file = dir.resolve(key.hex());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> f = List.of(Files.readString(file).strip().split(" "));
        if (f.size() != 4) {
            return Optional.empty();
        }
        return Optional.of(new BuiltLayer(Descriptor.of(f.get(1), Digest.of(f.get(0)), Long.parseLong(f.get(2))),
                Digest.of(f.get(3))));
    }

    public void put(Digest key, BuiltLayer layer) throws IOException {
        putText(key, layer.blob().digest() + " " + layer.blob().mediaType() + " " + layer.blob().size() + " "
                + layer.diffId());
    }

    /** A final image (its manifest) for a key, so that a fully cached build gives the same image ID again. */
    public Optional<Descriptor> getImage(Digest key) throws IOException {
        Path file = dir.resolve(key.hex());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] f = Files.readString(file).strip().split(" ");
        return f.length == 3 ? Optional.of(Descriptor.of(f[1], Digest.of(f[0]), Long.parseLong(f[2])))
                : Optional.empty();
    }

    public void putImage(Digest key, Descriptor manifest) throws IOException {
        putText(key, manifest.digest() + " " + manifest.mediaType() + " " + manifest.size());
    }

    private void putText(Digest key, String text) throws IOException {
        String line = text + "\n";
        Path tmp = dir.resolve("." + key.hex() + "." + HexFormat.of().toHexDigits(System.nanoTime()));
        Files.writeString(tmp, line);
        Files.move(tmp, dir.resolve(key.hex()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
