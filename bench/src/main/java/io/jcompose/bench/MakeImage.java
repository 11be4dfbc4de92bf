package io.jcompose.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes an OCI image layout with {@code LAYERS} gzip layers of about {@code MB_PER_LAYER} MB each (many files,
 * half compressible text and half random bytes), for the pull and unpack benchmarks:
 * {@code MakeImage DIR LAYERS MB_PER_LAYER}. Also writes each layer as {@code DIR/layers/N.tar.gz}.
 */
public final class MakeImage {

    private MakeImage() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int layers = Integer.parseInt(args[1]);
        int mb = Integer.parseInt(args[2]);
        Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
        Files.createDirectories(dir.resolve("layers"));
        Random random = new Random(7);
        List<String> layerDescs = new ArrayList<>();
        List<String> diffIds = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            byte[] tar = tar(random, l, mb * 1024L * 1024L);
            diffIds.add("\"sha256:" + sha256(tar) + "\"");
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(gz, 1 << 16)) {
                out.write(tar);
            }
            byte[] blob = gz.toByteArray();
            String digest = sha256(blob);
            Files.write(blobs.resolve(digest), blob);
            Files.write(dir.resolve("layers/" + l + ".tar.gz"), blob);
            layerDescs.add("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:"
                    + digest + "\",\"size\":" + blob.length + "}");
        }
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"sh\"]},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + String.join(",", diffIds) + "]}}";
        String configDigest = write(blobs, config);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
                + configDigest + "\",\"size\":" + config.length() + "},\"layers\":[" + String.join(",", layerDescs)
                + "]}";
        String manifestDigest = write(blobs, manifest);
        Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:" + manifestDigest
                + "\",\"size\":" + manifest.length() + ",\"annotations\":{\"org.opencontainers.image.ref.name\":"
                + "\"1\"}}]}");
    }

    private static byte[] tar(Random random, int layer, long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            long written = 0;
            int n = 0;
            while (written < bytes) {
                int size = 1024 + random.nextInt(64 * 1024);
                byte[] content = new byte[size];
                if (n % 2 == 0) {
                    random.nextBytes(content);
                } else {
                    byte[] text = ("line " + n + " of layer " + layer + " lorem ipsum dolor sit amet\n")
                            .getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < size; i++) {
                        content[i] = text[i % text.length];
                    }
                }
                TarArchiveEntry e = new TarArchiveEntry("l" + layer + "/d" + (n / 100) + "/f" + n);
                e.setSize(size);
                e.setMode(0644);
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
                written += size;
                n++;
            }
        }
        return out.toByteArray();
    }

    private static String write(Path blobs, String json) throws Exception {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        String d = sha256(b);
        Files.write(blobs.resolve(d), b);
        return d;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
