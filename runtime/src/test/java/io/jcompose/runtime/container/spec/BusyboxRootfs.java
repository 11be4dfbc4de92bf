package io.jcompose.runtime.container.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** A minimal root filesystem for integration tests: Debian's static busybox and the applet links a test needs. */
final class BusyboxRootfs {

    static final Path BUSYBOX = Path.of("/bin/busybox");
    private static final List<String> APPLETS =
            List.of("sh", "id", "echo", "cat", "grep", "sleep", "tr", "true", "ls", "hostname");

    private BusyboxRootfs() {
    }

    /** Creates {@code dir} with bin/busybox, its links, and an /etc/passwd and /etc/group with root and app. */
    static Path create(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(dir.resolve("tmp"));
        Files.copy(BUSYBOX, dir.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String applet : APPLETS) {
            Files.createSymbolicLink(dir.resolve("bin").resolve(applet), Path.of("busybox"));
        }
        Files.writeString(dir.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
        Files.writeString(dir.resolve("etc/group"), "root:x:0:\napp:x:1000:\n");
        return dir;
    }
}
