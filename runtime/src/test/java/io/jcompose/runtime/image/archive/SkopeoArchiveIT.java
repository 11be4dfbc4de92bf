package io.jcompose.runtime.image.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Our archives are read by skopeo, and what skopeo writes loads here (local files only, no network). */
class SkopeoArchiveIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private ImageStore store;
    private Digest id;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(skopeo() != null, "skopeo is not installed (Debian package skopeo)");
        store = ImageStore.open(dir.resolve("store"));
        byte[] rootfs = new TarBuilder().dir("bin/").file("bin/hello", "#!/bin/sh\necho hello\n")
                .file("etc/motd", "made by jcompose").build();
        id = new RootfsImporter(store, Clock.systemUTC()).importRootfs(new java.io.ByteArrayInputStream(rootfs),
                ImportOptions.of(ImageReference.parse("localhost:5000/jc/hello:1"),
                        List.of("CMD [\"/bin/hello\"]", "ENV GREETING=hi")));
    }

    @Test
    void skopeoReadsOurDockerArchive() throws Exception {
        Path archive = save(ArchiveWriter.Format.DOCKER, "docker.tar");
        JsonNode inspect = JSON.readTree(run("inspect", "docker-archive:" + archive));
        assertThat(inspect.get("Env").toString()).contains("GREETING=hi");
        assertThat(inspect.get("Layers")).hasSize(1);
        JsonNode config = JSON.readTree(run("inspect", "--config", "docker-archive:" + archive));
        assertThat(config.get("rootfs").get("diff_ids").get(0).asString())
                .isEqualTo(store.resolve(id.toString()).config().rootfs().diffIds().getFirst());
    }

    @Test
    void skopeoReadsOurOciArchive() throws Exception {
        Path archive = save(ArchiveWriter.Format.OCI, "oci.tar");
        JsonNode inspect = JSON.readTree(run("inspect", "oci-archive:" + archive));
        assertThat(inspect.get("Digest").asString()).isEqualTo(store.resolve("localhost:5000/jc/hello:1").target()
                .digest());
        String raw = run("inspect", "--raw", "oci-archive:" + archive);
        assertThat(Digest.sha256(raw.getBytes(UTF_8)).toString()).isEqualTo(inspect.get("Digest").asString());
    }

    @Test
    void whatSkopeoWritesLoadsHere() throws Exception {
        Path layout = ociLayoutDirectory();
        Path dockerArchive = dir.resolve("from-skopeo-docker.tar");
        Path ociArchive = dir.resolve("from-skopeo-oci.tar");
        run("copy", "oci:" + layout + ":v1", "docker-archive:" + dockerArchive + ":example.com/skopeo/app:1");
        run("copy", "oci:" + layout + ":v1", "oci-archive:" + ociArchive + ":example.com/skopeo/oci:2");

        ImageStore fresh = ImageStore.open(dir.resolve("fresh"));
        try (InputStream in = Files.newInputStream(dockerArchive)) {
            assertThat(new ArchiveLoader(fresh).load(in).messages())
                    .containsExactly("Loaded image: example.com/skopeo/app:1");
        }
        try (InputStream in = Files.newInputStream(ociArchive)) {
            assertThat(new ArchiveLoader(fresh).load(in).messages())
                    .containsExactly("Loaded image: example.com/skopeo/oci:2");
        }
        StoredImage viaDocker = fresh.resolve("example.com/skopeo/app:1");
        StoredImage viaOci = fresh.resolve("example.com/skopeo/oci:2");
        assertThat(viaDocker.id()).isEqualTo(id);
        assertThat(viaOci.id()).isEqualTo(id);
        assertThat(viaOci.target().digest()).isEqualTo(store.resolve(id.toString()).target().digest());
        assertThat(viaDocker.config().config().cmd()).containsExactly("/bin/hello");
    }

    /** An {@code oci:} layout directory written by hand from our store, as skopeo's source. */
    private Path ociLayoutDirectory() throws IOException {
        Path layout = dir.resolve("layout");
        StoredImage image = store.resolve(id.toString());
        Files.createDirectories(layout.resolve("blobs/sha256"));
        Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        for (Digest d : store.content().reachable(image.target())) {
            try (InputStream in = store.blobs().open(d)) {
                Files.copy(in, layout.resolve("blobs/sha256/" + d.hex()));
            }
        }
        var entry = image.target().withAnnotations(java.util.Map.of("org.opencontainers.image.ref.name", "v1"));
        Files.write(layout.resolve("index.json"), OciJson.write(new io.jcompose.runtime.image.oci.ImageIndex(2,
                null, List.of(entry), null)));
        return layout;
    }

    private Path save(ArchiveWriter.Format format, String name) throws IOException {
        Path archive = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive)) {
            new ArchiveWriter(store).save(List.of("localhost:5000/jc/hello:1"), format, out);
        }
        return archive;
    }

    private static String skopeo() {
        for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(p, "skopeo"))) {
                return Path.of(p, "skopeo").toString();
            }
        }
        return null;
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(skopeo(), "--insecure-policy"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("%s failed: %s", command, new String(err, UTF_8)).isZero();
            return new String(out, UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }
}
