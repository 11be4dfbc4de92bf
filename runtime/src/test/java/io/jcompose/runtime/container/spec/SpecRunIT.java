package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.container.spec.json.RuntimeSpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configs from {@link SpecBuilder} run by the real runc 1.1 as Docker would run them. */
class SpecRunIT {

    private static final Path RUNC = Path.of("/usr/sbin/runc");
    private static final Path CATATONIT = Path.of("/usr/bin/catatonit");
    private static final Path CGROUP_ROOT = Path.of("/sys/fs/cgroup");
    private static final String CGROUP_PARENT = "jcompose-spec-it";
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;
    private Path rootfs;
    private final List<String> containers = new ArrayList<>();

    @BeforeEach
    void requirements() throws IOException {
        assumeTrue(isRoot(), "running containers with runc needs root");
        assumeTrue(Files.isExecutable(RUNC), "runc is not installed (Debian package runc)");
        assumeTrue(Files.isExecutable(BusyboxRootfs.BUSYBOX), "busybox is not installed (Debian package busybox-static)");
        rootfs = BusyboxRootfs.create(dir.resolve("rootfs"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (String id : containers) {
            runc("delete", "-f", id);
            for (Path controller : controllers()) {
                assertThat(controller.resolve(CGROUP_PARENT).resolve(id)).as("leftover cgroup").doesNotExist();
            }
        }
        for (Path controller : controllers()) {
            Files.deleteIfExists(controller.resolve(CGROUP_PARENT));
        }
    }

    @Test
    void runsAsAnUnprivilegedUserWithEnvAndExitCode() throws Exception {
        ContainerSpec spec = ContainerSpec.builder("specit").user("1000").env("FOO=bar")
                .cmd("sh", "-c", "id -u; id -G; echo $FOO $HOME; grep CapEff /proc/self/status; exit 3").build();
        Run run = runToEnd(spec);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        assertThat(run.stdout()).isEqualTo("1000\n1000\nbar /home/app\nCapEff:\t0000000000000000\n");
    }

    @Test
    void rootGetsDockersCapabilitiesAndInitRunsAsPidOne() throws Exception {
        assumeTrue(Files.isExecutable(CATATONIT), "catatonit is not installed (Debian package catatonit)");
        ContainerSpec spec = ContainerSpec.builder("specit").init(true).capDrop("NET_RAW")
                .cmd("sh", "-c", "grep CapEff /proc/self/status; tr '\\0' ' ' < /proc/1/cmdline; echo; hostname")
                .build();
        Run run = runToEnd(spec);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines().toList()).containsExactly(
                "CapEff:\t00000000a80405fb", "/sbin/docker-init -- sh -c " + spec.cmd().orElseThrow().get(2) + " ",
                "specit");
    }

    @Test
    void aMissingWorkingDirectoryIsCreatedAndEngineFilesAreMounted() throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1\tlocalhost\n");
        ContainerSpec spec = ContainerSpec.builder("specit").workingDir("/srv/app").readOnlyRootfs(true)
                .cmd("sh", "-c", "pwd; cat /etc/hosts; echo x > /etc/hosts || echo read-only").build();
        String id = newId();
        RuntimeSpecJson config = SpecBuilder.of(spec, rootfs, "/" + CGROUP_PARENT + "/" + id)
                .hostsFile(hosts).host(SpecHost.detect()).build();
        SpecFiles.write(dir.resolve("bundle-" + id), config);
        Process process = start("run", "--bundle", dir.resolve("bundle-" + id).toString(), id);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(id + ".err"))).isZero();
        assertThat(Files.readString(dir.resolve(id + ".out"))).isEqualTo("/srv/app\n127.0.0.1\tlocalhost\nread-only\n");
    }

    @Test
    void limitsLandInTheContainersCgroup() throws Exception {
        ContainerSpec spec = ContainerSpec.builder("specit").cmd("sleep", "60")
                .resources(ContainerSpec.Resources.NONE.withMemory(64 * MIB, 0).withPidsLimit(50)
                        .withNanoCpus(500_000_000L))
                .build();
        String id = newId();
        SpecHost host = SpecHost.detect();
        Path bundle = bundle(id, spec, host);
        Process runc = start("run", "--bundle", bundle.toString(), id);
        try {
            Path memory = cgroup("memory", id);
            waitFor(memory.resolve("tasks"));
            assertThat(read(memory.resolve("memory.limit_in_bytes"))).isEqualTo(String.valueOf(64 * MIB));
            if (host.swapLimit()) {
                assertThat(read(memory.resolve("memory.memsw.limit_in_bytes"))).isEqualTo(String.valueOf(128 * MIB));
            }
            assertThat(read(cgroup("pids", id).resolve("pids.max"))).isEqualTo("50");
            assertThat(read(cgroup("cpu", id).resolve("cpu.cfs_quota_us"))).isEqualTo("50000");
            assertThat(read(cgroup("cpu", id).resolve("cpu.cfs_period_us"))).isEqualTo("100000");
            assertThat(read(memory.resolve("tasks"))).isNotEmpty();
        } finally {
            runc("kill", id, "KILL");
            assertThat(runc.waitFor(30, TimeUnit.SECONDS)).as("runc run ends after the kill").isTrue();
        }
        assertThat(runc.exitValue()).isEqualTo(137);
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run runToEnd(ContainerSpec spec) throws Exception {
        String id = newId();
        Path bundle = bundle(id, spec, SpecHost.detect());
        Process process = start("run", "--bundle", bundle.toString(), id);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("runc run did not finish in 60 s");
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve(id + ".out")),
                Files.readString(dir.resolve(id + ".err")));
    }

    private Path bundle(String id, ContainerSpec spec, SpecHost host) throws IOException {
        RuntimeSpecJson config = SpecBuilder.of(spec, rootfs, "/" + CGROUP_PARENT + "/" + id)
                .initBinary(CATATONIT).host(host).build();
        Path bundle = dir.resolve("bundle-" + id);
        SpecFiles.write(bundle, config);
        return bundle;
    }

    private String newId() {
        String id = "jcspec-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        containers.add(id);
        return id;
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(RUNC.toString(), "--root", dir.resolve("runc").toString()));
        command.addAll(List.of(args));
        String id = args[args.length - 1];
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve(id + ".out").toFile())
                .redirectError(dir.resolve(id + ".err").toFile())
                .start();
    }

    private void runc(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(RUNC.toString(), "--root", dir.resolve("runc").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static Path cgroup(String controller, String id) {
        return CGROUP_ROOT.resolve(controller).resolve(CGROUP_PARENT).resolve(id);
    }

    private static List<Path> controllers() throws IOException {
        try (var list = Files.list(CGROUP_ROOT)) {
            return list.filter(Files::isDirectory).filter(p -> !Files.isSymbolicLink(p)).toList();
        }
    }

    private static void waitFor(Path tasks) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (Files.exists(tasks) && !read(tasks).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(tasks + " never got a task");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
