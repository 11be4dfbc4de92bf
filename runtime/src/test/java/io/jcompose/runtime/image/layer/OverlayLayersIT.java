package io.jcompose.runtime.image.layer;

import static io.jcompose.runtime.image.layer.Tars.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.Native;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real syscalls as root: overlay whiteouts and opaque directories made by the extractor work in a real mount. */
class OverlayLayersIT {

    private static final Native SYS = Native.linux();

    @TempDir
    Path root;

    @BeforeAll
    static void needsRootAndOverlay() throws IOException {
        assumeTrue((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0,
                "needs root (mknod, trusted.* xattrs, chown, mount)");
        assumeTrue(Files.readString(Path.of("/proc/filesystems")).contains("\toverlay\n"),
                "needs overlayfs in the kernel");
    }

    private final byte[] lower = tar().dir("etc").file("etc/keep", "kept").file("etc/gone", "hidden")
            .dir("cache").file("cache/old", "stale")
            .file("bin/su", "su", 04755, e -> e.setIds(0, 0))
            .file("home/data", "d", 0640, e -> {
                e.setIds(1000, 1001);
                e.addPaxHeader("SCHILY.xattr.user.note", "kept");
            })
            .symlink("link", "etc/keep").bytes();
    private final byte[] upper = tar().file("etc/.wh.gone", "").file("cache/.wh..wh..opq", "")
            .file("cache/new", "fresh").bytes();

    @Test
    void whiteoutsAndOpaqueDirectoriesAreRealOverlayMarks() throws IOException {
        Snapshots snapshots = new Snapshots(root, new LayerExtractor(SYS));
        Digest bottom = snapshots.unpack(null, layer(lower), ExtractOptions.untrusted());
        Digest top = snapshots.unpack(bottom, layer(upper), ExtractOptions.untrusted());
        Path l1 = snapshots.path(bottom);
        Path l2 = snapshots.path(top);

        Path whiteout = l2.resolve("etc/gone");
        assertThat((int) Files.getAttribute(whiteout, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000)
                .isEqualTo(Native.S_IFCHR);
        assertThat(Files.getAttribute(whiteout, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).isEqualTo(0L);
        assertThat(SYS.lgetxattr(l2.resolve("cache"), "trusted.overlay.opaque"))
                .hasValueSatisfying(v -> assertThat(new String(v, StandardCharsets.US_ASCII)).isEqualTo("y"));
        assertThat((int) Files.getAttribute(l1.resolve("bin/su"), "unix:mode") & 07777).isEqualTo(04755);
        assertThat(Files.getAttribute(l1.resolve("home/data"), "unix:uid")).isEqualTo(1000);
        assertThat(Files.getAttribute(l1.resolve("home/data"), "unix:gid")).isEqualTo(1001);
        assertThat(SYS.lgetxattr(l1.resolve("home/data"), "user.note"))
                .hasValueSatisfying(v -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo("kept"));
        assertThat(Files.getLastModifiedTime(l1.resolve("link"), LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(FileTime.from(Tars.MTIME));

        Path merged = Files.createDirectory(root.resolve("merged"));
        List<Path> lowerDirs = snapshots.lowerDirs(List.of(Digest.sha256(lower), Digest.sha256(upper)));
        assertThat(lowerDirs).containsExactly(l2, l1);
        run("mount", "-t", "overlay", "overlay", "-o", "lowerdir=" + lowerDirs.get(0) + ":" + lowerDirs.get(1),
                merged.toString());
        try {
            assertThat(merged.resolve("etc/keep")).hasContent("kept");
            assertThat(merged.resolve("etc/gone")).doesNotExist();
            assertThat(merged.resolve("cache/old")).doesNotExist();
            assertThat(merged.resolve("cache/new")).hasContent("fresh");
            assertThat(merged.resolve("link")).hasContent("kept");
        } finally {
            run("umount", merged.toString());
        }
        assertThat(snapshots.prune(java.util.Set.of())).containsExactlyInAnyOrder(bottom, top);
    }

    @Test
    void trustedLayersGetRealDevicesAndFifos() throws IOException {
        byte[] tar = tar().device("dev/null", TarConstants.LF_CHR, 1, 3)
                .device("run/pipe", TarConstants.LF_FIFO, 0, 0).bytes();
        Path target = root.resolve("t");
        new LayerExtractor(SYS).extract("trusted", new ByteArrayInputStream(tar), target, Optional.empty(),
                ExtractOptions.trusted());
        assertThat(Files.getAttribute(target.resolve("dev/null"), "unix:rdev")).isEqualTo(0x103L);
        assertThat(Files.readAttributes(target.resolve("run/pipe"), "unix:mode").get("mode"))
                .isEqualTo(Native.S_IFIFO | 0666);
    }

    private static LayerBlob layer(byte[] tar) {
        byte[] gz = Tars.gzip(tar);
        return new LayerBlob(Digest.sha256(gz), Optional.of(Digest.sha256(tar)), () -> new ByteArrayInputStream(gz));
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
