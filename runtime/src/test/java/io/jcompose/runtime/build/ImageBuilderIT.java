package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.TestImages;
import io.jcompose.runtime.engine.TestEngines;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.sys.Native;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real builds with runc on a busybox base: layers, whiteouts, config, the cache, and a failing RUN. */
class ImageBuilderIT {

    private static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1
            ARG BASE=bb:1
            FROM ${BASE} AS tools
            RUN mkdir -p /out && echo built > /out/made.txt && echo scratch > /tmp/x && rm /tmp/x
            FROM ${BASE}
            ENV GREETING=hello \\
                OTHER=x
            WORKDIR /app
            COPY app.txt ./
            COPY --from=tools /out/made.txt /app/
            RUN echo "$GREETING" > greet.txt && rm /bin/cat.gone 2>/dev/null; rm /bin/yes \\
                && rm -rf /tmp && mkdir /tmp && touch /tmp/new
            EXPOSE 8080
            LABEL purpose=test
            CMD ["cat", "/app/greet.txt"]
            """;

    private Path dir;
    private ImageStore store;
    private Snapshots snapshots;
    private BuildService builds;
    private String cgroupParent;

    @BeforeEach
    void setUp() throws Exception {
        TestEngines.assumeContainersWork();
        dir = Files.createTempDirectory("buildit");
        store = ImageStore.open(dir.resolve("images"));
        snapshots = new Snapshots(dir.resolve("images"), new LayerExtractor(Native.linux()));
        TestImages.busybox(store, "bb:1");
        cgroupParent = "jcompose-buildit-" + ProcessHandle.current().pid();
        builds = BuildService.open(dir.resolve("build"), store, snapshots, BaseImages.NONE, cgroupParent);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dir == null) {
            return;
        }
        for (String m : Files.readAllLines(Path.of("/proc/self/mounts"))) {
            String target = m.split(" ")[1];
            if (target.startsWith(dir.toString())) {
                Native.linux().unmount(Path.of(target), Native.MNT_DETACH);
            }
        }
        Trees.delete(dir);
        io.jcompose.runtime.container.stats.CgroupFs.host(cgroupParent).removeParent(); // every controller
    }

    @Test
    void buildsTwoStagesThenHitsTheCacheForEveryStep() throws Exception {
        Path context = context(DOCKERFILE);
        Recorder first = new Recorder();
        Digest id = builds.build(BuildContext.of(context, Set.of()), options("built:1"), first);

        assertThat(first.text()).contains("Step 1/11 : FROM ${BASE} AS tools", "Running in", "Successfully built "
                + id.hex().substring(0, 12), "Successfully tagged built:1");
        StoredImage image = store.resolve("built:1");
        assertThat(image.id()).isEqualTo(id);
        ImageConfig.RunConfig config = image.config().config();
        assertThat(config.env()).contains("GREETING=hello", "OTHER=x", "PATH=/bin");
        assertThat(config.workingDir()).isEqualTo("/app");
        assertThat(config.cmd()).containsExactly("cat", "/app/greet.txt");
        assertThat(config.exposedPorts()).containsKey("8080/tcp");
        assertThat(config.labels()).containsEntry("purpose", "test");
        assertThat(image.manifest().layers()).hasSize(4);
        assertThat(image.config().history()).hasSizeGreaterThanOrEqualTo(8);

        List<String> runLayer = entries(image.manifest().layers().getLast().digestValue());
        assertThat(runLayer).contains("app/greet.txt", "bin/.wh.yes", "tmp/", "tmp/.wh..wh..opq", "tmp/new")
                .noneMatch(e -> e.startsWith("proc") || e.startsWith("dev") || e.startsWith("sys")
                        || e.equals("etc/resolv.conf") || e.equals("etc/hosts"));
        assertThat(entries(image.manifest().layers().get(1).digestValue())).containsExactly("app/", "app/app.txt");

        Recorder run = new Recorder();
        List<Path> lowers = snapshots.lowerDirs(image.config().rootfs().diffIds().stream().map(Digest::of).toList());
        Path upper = Files.createDirectories(dir.resolve("check-upper"));
        int code = new RuncExecutor(Path.of("/usr/sbin/runc"), dir.resolve("build/run"), cgroupParent, Native.linux())
                .run(new RunExecutor.Request("c".repeat(64), lowers, upper, List.of("sh", "-c",
                        "cat /app/greet.txt /app/app.txt /app/made.txt; ls /tmp; ls /bin/yes || echo no-yes"),
                        config.env(), "", "/app"), line -> run.stream(line + "\n"));
        assertThat(code).isZero();
        assertThat(run.text()).contains("hello\n", "from the context\n", "built\n", "new\n", "no-yes");

        Recorder second = new Recorder();
        Digest again = builds.build(BuildContext.of(context, Set.of()), options("built:1"), second);
        assertThat(again).isEqualTo(id);
        assertThat(second.text()).doesNotContain("Running in");
        assertThat(second.text().split(" ---> Using cache", -1)).hasSize(5);

        Files.writeString(context.resolve("app.txt"), "changed\n");
        Recorder third = new Recorder();
        builds.build(BuildContext.of(context, Set.of()), options("built:2"), third);
        assertThat(third.text().split(" ---> Using cache", -1)).hasSize(2);
        assertThat(third.text()).contains("Running in");
        assertNothingLeft();
    }

    @Test
    void aFailingRunLeavesNothing() throws Exception {
        Path context = context("FROM bb:1\nRUN echo before && touch /made\nRUN exit 3\n");
        int images = store.list().size();
        Recorder out = new Recorder();
        assertThatThrownBy(() -> builds.build(BuildContext.of(context, Set.of()), options("bad:1"), out))
                .isInstanceOf(RunFailedException.class)
                .hasMessage("The command '/bin/sh -c exit 3' returned a non-zero code: 3");
        assertThat(out.text()).contains("before\n");
        assertThat(store.list()).hasSize(images);
        assertNothingLeft();
    }

    private void assertNothingLeft() throws Exception {
        assertThat(Files.readAllLines(Path.of("/proc/self/mounts"))).noneMatch(l -> l.contains(dir.toString()));
        try (Stream<Path> tmp = Files.list(dir.resolve("build/tmp"))) {
            assertThat(tmp.toList()).isEmpty();
        }
        try (Stream<Path> run = Files.list(dir.resolve("build/run"))) {
            assertThat(run.map(p -> p.getFileName().toString()).toList()).allMatch(n -> n.equals("runc"));
        }
        Path runc = dir.resolve("build/run/runc");
        if (Files.isDirectory(runc)) {
            try (Stream<Path> left = Files.list(runc)) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    private List<String> entries(Digest blob) throws Exception {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(store.blobs().open(blob)))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private Path context(String dockerfile) throws Exception {
        Path context = Files.createDirectories(dir.resolve("ctx-" + System.nanoTime()));
        Files.writeString(context.resolve("Dockerfile"), dockerfile);
        Files.writeString(context.resolve("app.txt"), "from the context\n");
        Files.writeString(context.resolve("secret.txt"), "no\n");
        Files.writeString(context.resolve(".dockerignore"), "secret.txt\n");
        return context;
    }

    private static BuildOptions options(String tag) {
        return new BuildOptions("Dockerfile", List.of(ImageReference.parse(tag)), Map.of(), null, false, false,
                Map.of());
    }

    /** Collects the build's text. */
    static final class Recorder implements BuildOutput {
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        String id;

        @Override
        public synchronized void stream(String s) {
            text.writeBytes(s.getBytes());
        }

        @Override
        public void imageId(String id) {
            this.id = id;
        }

        synchronized String text() {
            return text.toString();
        }
    }
}
