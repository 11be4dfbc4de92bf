package io.jcompose.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the whole-engine integration tests share: host facts, a busybox image tarball, the leak check. */
public final class TestEngines {

    public static final HostFacts HOST = new HostFacts("box", "Debian GNU/Linux 12 (bookworm)", "12", "6.1.0",
            "x86_64", 2, 8L << 30, "1");

    private TestEngines() {
    }

    /** A rootfs tarball of Debian's static busybox with every applet linked, for {@code docker import}. */
    public static Path busyboxTar(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("tmp"));
        Files.copy(Path.of("/bin/busybox"), root.resolve("bin/busybox"));
        Process list = new ProcessBuilder("/bin/busybox", "--list").start();
        for (String applet : new String(list.getInputStream().readAllBytes()).lines().toList()) {
            if (!applet.equals("busybox")) {
                Files.createSymbolicLink(root.resolve("bin").resolve(applet), Path.of("busybox"));
            }
        }
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\n");
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
        for (String controller : List.of("memory", "pids", "cpu")) {
            Path parent = Path.of("/sys/fs/cgroup", controller, "jcompose");
            if (Files.isDirectory(parent)) {
                try (Stream<Path> children = Files.list(parent)) {
                    assertThat(children.filter(Files::isDirectory).map(Path::getFileName).map(Path::toString)
                            .filter(n -> n.matches("[0-9a-f]{64}")).toList()).isEmpty();
                }
            }
        }
    }
}
