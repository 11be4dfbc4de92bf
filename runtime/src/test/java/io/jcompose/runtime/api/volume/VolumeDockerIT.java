package io.jcompose.runtime.api.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volumes as a docker user sees them: the real docker CLI against an in-process engine (real conmon, runc,
 * overlayfs) on a temp state: data kept across containers, copy-up with owners, in-use refusal, read-only mounts,
 * device (tmpfs) volumes, ls, rm -v and prune. Afterwards no container, volume or mount of ours is left.
 */
class VolumeDockerIT {

    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    @BeforeEach
    void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "containers and mounts need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        options = new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        docker = new DockerCli(options.socket(), Files.createDirectories(dir.resolve("docker-config")));
        docker.ok("import", "-c", "CMD [\"sh\"]", "-c", "ENV PATH=/bin", TestEngines.busyboxTar(dir).toString(),
                "bb:1");
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        for (String id : docker.ok("ps", "-aq").lines().toList()) {
            docker.ok("rm", "-f", "-v", id);
        }
        for (String name : docker.ok("volume", "ls", "-q").lines().toList()) {
            docker.ok("volume", "rm", name);
        }
        engine.close();
        String state = options.state().toString();
        assertThat(Files.readAllLines(Path.of("/proc/self/mounts"))).noneMatch(l -> l.contains(state));
        try (Stream<Path> left = Files.list(options.state().resolve("volumes"))) {
            assertThat(left.toList()).isEmpty();
        }
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains(state)).toList()).isEmpty();
    }

    @Test
    void dataWrittenByOneContainerIsReadByTheNext() throws Exception {
        assertThat(docker.ok("volume", "create", "data").strip()).isEqualTo("data");
        docker.ok("run", "--rm", "-v", "data:/data", "bb:1", "sh", "-c", "echo kept > /data/f");
        assertThat(docker.ok("run", "--rm", "-v", "data:/data", "bb:1", "cat", "/data/f").strip()).isEqualTo("kept");
        String mountpoint = docker.ok("volume", "inspect", "-f", "{{.Mountpoint}}", "data").strip();
        assertThat(mountpoint).isEqualTo(options.state().resolve("volumes/data/_data").toString());
        assertThat(Path.of(mountpoint, "f")).hasContent("kept");
        docker.ok("run", "--rm", "--mount", "type=volume,source=auto,target=/a", "bb:1", "sh", "-c",
                "echo made > /a/x");
        assertThat(docker.ok("run", "--rm", "-v", "auto:/a:ro", "bb:1", "cat", "/a/x").strip()).isEqualTo("made");
    }

    @Test
    void anEmptyVolumeIsFilledFromTheImageWithOwnersAndModes() throws Exception {
        assertThat(docker.ok("run", "--rm", "-v", "copy:/bin", "bb:1", "ls", "/bin/sh").strip()).isEqualTo("/bin/sh");
        Path data = Path.of(docker.ok("volume", "inspect", "-f", "{{.Mountpoint}}", "copy").strip());
        assertThat(data.resolve("busybox")).isRegularFile().isExecutable();
        assertThat(Files.readSymbolicLink(data.resolve("sh"))).isEqualTo(Path.of("busybox"));
        assertThat(docker.ok("run", "--rm", "-v", "home:/home/app", "bb:1", "stat", "-c", "%u:%g %a",
                "/home/app", "/home/app/notes").lines().toList()).containsExactly("1000:1000 750", "1000:1000 640");
        assertThat(docker.ok("run", "--rm", "-v", "empty:/home/app:nocopy", "bb:1", "ls", "-A", "/home/app"))
                .isEmpty();
    }

    @Test
    void aVolumeInUseIsNotRemovedAndReadOnlyMountsRefuseWrites() throws Exception {
        String id = docker.ok("run", "-d", "--name", "holder", "-v", "busy:/data", "bb:1", "sleep", "100").strip();
        DockerCli.Result refused = docker.run("volume", "rm", "busy");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("remove busy: volume is in use - [" + id + "]");
        docker.ok("volume", "create", "spare");
        docker.ok("exec", "holder", "sh", "-c", "head -c 300000 /dev/zero > /data/f");
        String df = docker.ok("system", "df", "-v"); // GET /system/df: each volume's links and size
        assertThat(df).containsPattern("(?m)^busy +1 +30\\d(\\.\\d)?kB$").containsPattern("(?m)^spare +0 +0B$");
        assertThat(docker.ok("system", "df")).containsPattern("(?m)^Local Volumes +2 +1 ");
        docker.ok("volume", "rm", "spare");
        assertThat(docker.run("volume", "rm", "-f", "busy").output()).contains("volume is in use");
        DockerCli.Result write = docker.run("run", "--rm", "-v", "busy:/data:ro", "bb:1", "touch", "/data/x");
        assertThat(write.exit()).isNotZero();
        assertThat(write.output()).contains("Read-only file system");
        docker.ok("rm", "-f", "holder");
        docker.ok("volume", "rm", "busy");
        assertThat(docker.ok("volume", "ls", "-q")).isEmpty();
    }

    @Test
    void tmpfsVolumesAreMountedOnlyWhileUsed() throws Exception {
        docker.ok("volume", "create", "--opt", "type=tmpfs", "--opt", "device=tmpfs", "--opt", "o=size=1m", "fast");
        Path data = options.state().resolve("volumes/fast/_data");
        docker.ok("run", "-d", "--name", "user", "-v", "fast:/fast", "bb:1", "sh", "-c",
                "echo hi > /fast/f; sleep 100");
        assertThat(mounted(data)).isTrue();
        assertThat(docker.ok("exec", "user", "df", "/fast")).contains("1024");
        docker.ok("stop", "-t", "0", "user");
        awaitUnmounted(data);
        docker.ok("rm", "user");
        docker.ok("volume", "rm", "fast");
    }

    @Test
    void listRemoveWithContainerAndPrune() throws Exception {
        docker.ok("volume", "create", "named");
        docker.ok("volume", "create", "--label", "keep=1", "kept");
        docker.ok("create", "--name", "anon", "-v", "/scratch", "bb:1", "true");
        docker.ok("start", "-a", "anon");
        List<String> all = docker.ok("volume", "ls", "-q").lines().toList();
        assertThat(all).hasSize(3).contains("named", "kept");
        String anonymous = all.stream().filter(n -> n.matches("[0-9a-f]{64}")).findFirst().orElseThrow();
        assertThat(docker.ok("volume", "ls", "-q", "--filter", "dangling=true").lines().toList())
                .containsExactlyInAnyOrder("named", "kept");
        assertThat(docker.ok("volume", "ls", "-q", "--filter", "label=keep=1").strip()).isEqualTo("kept");
        docker.ok("rm", "-v", "anon");
        assertThat(docker.ok("volume", "ls", "-q").lines().toList()).doesNotContain(anonymous);
        docker.ok("run", "--name", "anon2", "-v", "/scratch", "bb:1", "sh", "-c", "echo 12345 > /scratch/f");
        docker.ok("rm", "anon2");
        String pruned = docker.ok("volume", "prune", "-f");
        assertThat(pruned).contains("Total reclaimed space: 6B");
        assertThat(docker.ok("volume", "ls", "-q").lines().toList()).containsExactlyInAnyOrder("named", "kept");
        String all2 = docker.ok("volume", "prune", "-af", "--filter", "label!=keep=1");
        assertThat(all2).contains("named").doesNotContain("kept");
        assertThat(docker.ok("volume", "ls", "-q").strip()).isEqualTo("kept");
    }

    private static boolean mounted(Path data) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().anyMatch(l -> l.contains(" " + data + " "));
    }

    private static void awaitUnmounted(Path data) throws Exception {
        for (int i = 0; i < 100 && mounted(data); i++) {
            Thread.sleep(100);
        }
        assertThat(mounted(data)).as("%s unmounted once unused", data).isFalse();
    }
}
