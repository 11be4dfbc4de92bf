package io.jcompose.runtime.container.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.stream.StreamType;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.EngineFiles;
import io.jcompose.runtime.container.OverlayRootfs;
import io.jcompose.runtime.container.SpecBundleWriter;
import io.jcompose.runtime.container.TestImages;
import io.jcompose.runtime.container.monitor.ConmonRunc;
import io.jcompose.runtime.container.monitor.ExitWatcher;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.sys.Native;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Execs in real containers (conmon, runc, overlayfs) started through the container service: the exec's env, user
 * and working directory, separate streams and exit code, stdin, a timeout that kills, and the 409 once the
 * container stopped. Nothing is left behind: containers removed, no mounts, runc state or processes.
 */
class ExecRuncIT {

    @TempDir
    Path state;

    private Containers containers;
    private ExitWatcher watcher;
    private Execs execs;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "containers need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        ImageStore images = ImageStore.open(state.resolve("images"));
        TestImages.busybox(images, "busybox:test");
        ConmonRunc runtime = ConmonRunc.under(state);
        containers = new Containers(ContainerStore.open(state), images,
                new ImageUnpacker(images.blobs(), new Snapshots(state, new LayerExtractor(Native.linux()))),
                new OverlayRootfs(Native.linux(), state.resolve("empty-layer")), runtime,
                new SpecBundleWriter(io.jcompose.runtime.container.spec.SpecHost.detect(),
                        io.jcompose.runtime.volume.VolumeMounts.NONE,
                        io.jcompose.runtime.engine.EngineNames.cgroupParent(state)),
                EngineFiles.ofHost(), Clock.systemUTC());
        watcher = ExitWatcher.watch(runtime.exitDir(), containers::exited);
        execs = new Execs(containers.store(), RuncExecRunner.under(state));
        execs.follow(containers.events());
    }

    @AfterEach
    void tearDown() throws IOException {
        if (containers == null) {
            return;
        }
        for (ContainerRecord r : containers.store().all()) {
            containers.remove(r.id().hex(), true);
        }
        watcher.close();
        containers.close();
        assertThat(Files.readAllLines(Path.of("/proc/self/mounts"))).noneMatch(l -> l.contains(state.toString()));
        try (Stream<Path> left = Files.list(state.resolve("runc"))) {
            assertThat(left.toList()).isEmpty();
        }
        try (Stream<Path> left = Files.list(state.resolve("exec"))) {
            assertThat(left.toList()).isEmpty();
        }
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains(state.toString()) || c.contains("sleep 4321")).toList()).isEmpty();
        String cgroups = io.jcompose.runtime.engine.EngineNames.cgroupParent(state);
        io.jcompose.runtime.container.stats.CgroupFs.host(cgroups).removeParent();
        assertThat(Path.of("/sys/fs/cgroup/memory", cgroups)).doesNotExist();
    }

    private ContainerRecord runSleeper(String name) throws IOException {
        ContainerRecord record = containers.create(Optional.of(name), new ContainerCreateJson(
                ContainerConfigJson.of("busybox:test", List.of("sleep", "1000")), null, null));
        containers.start(record.id().hex());
        return record;
    }

    @Test
    void anExecRunsWithItsEnvUserAndDirAndReportsStreamsApartAndItsExitCode() throws IOException {
        ContainerRecord box = runSleeper("box");
        ExecSpec spec = new ExecSpec(List.of("sh", "-c", "echo $FOO; id -u; pwd; echo e >&2; exit 5"),
                List.of("FOO=bar"), "1000", "/tmp", false, false, false, true, true, "");
        ExecId id = execs.create("box", spec);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecRunner.Exit exit = execs.start(id.hex()).run(null, (stream, bytes, offset, length) ->
                (stream == StreamType.STDOUT ? out : err).write(bytes, offset, length));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("bar\n1000\n/tmp\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("e\n");
        assertThat(exit.exitCode()).isEqualTo(5);
        ExecInstance done = execs.inspect(id.hex());
        assertThat(done.exitCode()).contains(5);
        assertThat(done.running()).isFalse();
        assertThat(done.pid()).isPositive();
        assertThat(done.containerId()).isEqualTo(box.id());
    }

    @Test
    void stdinReachesTheExecAndAMissingCommandIs127() throws IOException {
        runSleeper("box");
        ExecId cat = execs.create("box", ExecSpec.of(List.of("cat")).withStdin(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecRunner.Exit exit = execs.start(cat.hex()).run(
                new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)),
                (stream, bytes, offset, length) -> out.write(bytes, offset, length));
        assertThat(exit.exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello\n");

        ExecId missing = execs.create("box", ExecSpec.of(List.of("nope")));
        ExecRunner.Exit failed = execs.start(missing.hex()).run(null, OutputSink.discard());
        assertThat(failed.exitCode()).isEqualTo(127);
        assertThat(failed.startError()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("OCI runtime exec failed: ").contains("executable file not found"));
        assertThat(execs.inspect(missing.hex()).exitCode()).contains(127);
    }

    @Test
    void aProbeTimeoutKillsTheExecWithinTheTimeout() throws IOException {
        ContainerRecord box = runSleeper("box");
        long t0 = System.nanoTime();
        ExecResult result = execs.run(box.id(), List.of("sh", "-c", "echo started; exec sleep 4321"),
                Duration.ofSeconds(1), 4096);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEqualTo(137);
        assertThat(result.output()).isEqualTo("started\n");
        assertThat(took).isLessThan(Duration.ofSeconds(4));
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("sleep 4321")).toList()).isEmpty();

        ExecResult quick = execs.run(box.id(), List.of("sh", "-c", "echo ok; echo warn >&2; exit 1"),
                Duration.ofSeconds(10), 4096);
        // stdout and stderr are two pipes: their lines interleave in either order
        assertThat(quick.exitCode()).isEqualTo(1);
        assertThat(quick.timedOut()).isFalse();
        assertThat(quick.output().lines().toList()).containsExactlyInAnyOrder("ok", "warn");
    }

    @Test
    void aStoppedContainersExecsAreGoneAndNewOnesAreRefused() throws IOException {
        ContainerRecord box = runSleeper("box");
        ExecId id = execs.create("box", ExecSpec.of(List.of("true")));
        containers.stop("box", Optional.of(Duration.ZERO), Optional.empty());
        assertThatThrownBy(() -> execs.inspect(id.hex())).hasMessage("No such exec instance: " + id);
        assertThatThrownBy(() -> execs.create("box", ExecSpec.of(List.of("true"))))
                .hasMessage("Container " + box.id() + " is not running");
    }
}
