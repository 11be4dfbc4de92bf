package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.store.BlobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds small but real images (gzip tar layers, config with diff IDs, OCI manifest) into a store. */
final class TestImages {

    /** An image written to a store: its manifest digest and the documents. */
    record Built(Digest manifestDigest, Manifest manifest, byte[] manifestBytes, List<byte[]> layers,
            byte[] config) {
    }

    private TestImages() {
    }

    static Built image(BlobStore store, long seed, int layerCount, Platform platform) throws IOException {
        Random rnd = new Random(seed);
        List<Descriptor> layers = new ArrayList<>();
        List<String> diffIds = new ArrayList<>();
        List<byte[]> blobs = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            byte[] content = new byte[2000 + rnd.nextInt(3000)];
            rnd.nextBytes(content);
            byte[] tar = tar("layer" + i + "/file.bin", content);
            byte[] gz = gzip(tar);
            diffIds.add(Digest.sha256(tar).toString());
            blobs.add(gz);
            layers.add(Descriptor.of(MediaTypes.OCI_LAYER_GZIP, store.write(gz), gz.length));
        }
        ImageConfig config = new ImageConfig("2026-01-01T00:00:00Z", null, platform.architecture(), platform.os(),
                platform.variant(), new ImageConfig.RunConfig(null, null, List.of("PATH=/bin"), null,
                        List.of("/bin/sh", "-c", "echo " + seed), null, "/", null, null, null, null, null),
                new ImageConfig.RootFs("layers", diffIds), List.of());
        byte[] configBytes = OciJson.write(config);
        Descriptor configDesc = Descriptor.of(MediaTypes.OCI_CONFIG, store.write(configBytes), configBytes.length);
        Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST, configDesc, layers, null);
        byte[] manifestBytes = OciJson.write(manifest);
        return new Built(store.write(manifestBytes), manifest, manifestBytes, blobs, configBytes);
    }

    /** An OCI index over manifests already in the store, one per platform. */
    static Digest index(BlobStore store, Map<Platform, Built> images) throws IOException {
        List<Descriptor> entries = new ArrayList<>();
        images.forEach((p, b) -> entries.add(new Descriptor(MediaTypes.OCI_MANIFEST, b.manifestDigest().toString(),
                b.manifestBytes().length, null, null, p)));
        return store.write(OciJson.write(new ImageIndex(2, MediaTypes.OCI_INDEX, entries, null)));
    }

    static byte[] tar(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            TarArchiveEntry dir = new TarArchiveEntry(name.substring(0, name.indexOf('/') + 1));
            dir.setModTime(0);
            tar.putArchiveEntry(dir);
            tar.closeArchiveEntry();
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(content.length);
            e.setModTime(0);
            tar.putArchiveEntry(e);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
