package io.jcompose.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/** What the whole-engine integration tests share: host facts, a busybox image tarball, the leak check. */
public final class TestEngines {

    public static final HostFacts HOST = new HostFacts("box", "Debian GNU/Linux 12 (bookworm)", "12", "6.1.0",
            "x86_64", 2, 8L << 30, "1");

    private TestEngines() {
    }

    /** Skips the test unless it runs as root with runc, conmon and busybox installed. */
    public static void assumeContainersWork() {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "containers need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
    }

    /** A whole engine on a state directory and socket under {@code dir}. */
    public static Engine start(EngineOptions options) throws IOException {
        return Engine.start(options, "0.1.0-test", HOST, ProcessHandle.current().pid());
    }

    public static EngineOptions options(Path dir) {
        return new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), java.util.Optional.empty());
    }

    /** The real docker CLI on the engine's socket, with the busybox image imported as {@code bb:1}. */
    public static io.jcompose.runtime.api.image.DockerCli dockerWithBusybox(EngineOptions options, Path dir)
            throws Exception {
        var docker = new io.jcompose.runtime.api.image.DockerCli(options.socket(),
                Files.createDirectories(dir.resolve("docker-config")));
        docker.ok("import", "-c", "CMD [\"sh\"]", "-c", "ENV PATH=/bin", busyboxTar(dir).toString(), "bb:1");
        return docker;
    }

    /** Removes every container, stops the engine and checks that nothing of it is left. */
    public static void stop(Engine engine, io.jcompose.runtime.api.image.DockerCli docker, EngineOptions options)
            throws Exception {
        for (String id : docker.ok("ps", "-aq").lines().toList()) {
            docker.ok("rm", "-f", id);
        }
        engine.close();
        assertNothingLeft(options.state());
    }

    /** A rootfs tarball of Debian's static busybox with every applet linked, for {@code docker import}. */
    public static Path busyboxTar(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("rootfs"));
        for (String d : List.of("bin", "etc", "tmp", "home/app")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.copy(Path.of("/bin/busybox"), root.resolve("bin/busybox"));
        Process list = new ProcessBuilder("/bin/busybox", "--list").start();
        for (String applet : new String(list.getInputStream().readAllBytes()).lines().toList()) {
            if (!applet.equals("busybox")) {
                Files.createSymbolicLink(root.resolve("bin").resolve(applet), Path.of("busybox"));
            }
        }
        Files.writeString(root.resolve("etc/passwd"),
                "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\napp:x:1000:\n");
        // a home owned by the app user with private modes: copy-up into volumes must keep both
        Path notes = Files.writeString(root.resolve("home/app/notes"), "mine\n");
        for (Path p : List.of(root.resolve("home/app"), notes)) {
            Files.setAttribute(p, "unix:uid", 1000, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(p, "unix:gid", 1000, LinkOption.NOFOLLOW_LINKS);
        }
        Files.setPosixFilePermissions(root.resolve("home/app"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r-----"));
        Path tar = dir.resolve("busybox.tar");
        Process p = new ProcessBuilder("tar", "-C", root.toString(), "-cf", tar.toString(), ".").inheritIO().start();
        assertThat(p.waitFor()).isZero();
        return tar;
    }

    /**
     * Nothing of the engine under {@code stateDir} is left: no mounts, runc containers, processes (conmon,
     * runc) or container cgroups.
     */
    public static void assertNothingLeft(Path stateDir) throws IOException {
        String state = stateDir.toString();
        assertThat(Files.readAllLines(Path.of("/proc/self/mounts"))).noneMatch(l -> l.contains(state));
        Path runc = stateDir.resolve("runc");
        if (Files.isDirectory(runc)) {
            try (Stream<Path> left = Files.list(runc)) {
                assertThat(left.toList()).isEmpty();
            }
        }
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains(state)).toList()).isEmpty();
        String tag = EngineNames.tag(stateDir);
        assertThat(Path.of("/sys/class/net", "jc0-" + tag)).as("the engine's default bridge is removed").doesNotExist();
        Process rules = new ProcessBuilder("iptables-save").redirectErrorStream(true).start();
        String saved = new String(rules.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).as("the engine's firewall chains are removed")
                .doesNotContain("JC" + tag.toUpperCase(java.util.Locale.ROOT));
        for (String controller : List.of("memory", "pids", "cpu")) {
            Path parent = Path.of("/sys/fs/cgroup", controller, EngineNames.cgroupParent(stateDir));
            assertThat(parent).as("the engine's cgroup parent is removed when it stops with nothing running")
                    .doesNotExist();
            if (Files.isDirectory(parent)) {
                try (Stream<Path> children = Files.list(parent)) {
                    assertThat(children.filter(Files::isDirectory).map(Path::getFileName).map(Path::toString)
                            .filter(n -> n.matches("[0-9a-f]{64}")).toList()).isEmpty();
                }
            }
        }
    }
}
