package io.jcompose.runtime.container;

import io.jcompose.runtime.image.archive.ImportOptions;
import io.jcompose.runtime.image.archive.RootfsImporter;
import io.jcompose.runtime.image.archive.TarBuilder;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Test images made without a registry: a busybox rootfs (Debian's busybox-static) imported as one layer. */
public final class TestImages {

    public static final Path BUSYBOX = Path.of("/bin/busybox");
    private static final List<String> APPLETS = List.of("sh", "true", "false", "sleep", "cat", "echo", "id", "ls",
            "kill", "ps", "printf", "grep", "head", "yes", "env", "pwd", "hostname", "touch", "mkdir", "rm", "dd",
            "trap", "wc", "seq", "date", "test");

    private TestImages() {
    }

    /** Imports a busybox image as {@code name}, with a passwd/group pair and {@code CMD ["sh"]}. */
    public static void busybox(ImageStore store, String name) throws IOException {
        TarBuilder tar = new TarBuilder().dir("bin/").dir("etc/").dir("tmp/").dir("root/")
                .file("bin/busybox", Files.readAllBytes(BUSYBOX), 0755);
        for (String applet : APPLETS) {
            tar.symlink("bin/" + applet, "busybox");
        }
        tar.file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n")
                .file("etc/group", "root:x:0:\napp:x:1000:\nextra:x:2000:app\n");
        new RootfsImporter(store, Clock.systemUTC()).importRootfs(new ByteArrayInputStream(tar.build()),
                ImportOptions.of(ImageReference.parse(name), List.of("CMD [\"sh\"]", "ENV PATH=/bin")));
    }
}
