package io.jcompose.runtime.image.layer;

import static io.jcompose.runtime.image.layer.Tars.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.FakeNative;
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
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Well-formed layers unpack as an overlay lower layer; unit tests through {@link FakeNative}, no root needed. */
class LayerExtractorTest {

    @TempDir
    Path base;

    private Sandbox box;
    private final FakeNative sys = new FakeNative();

    @BeforeEach
    void sandbox() throws IOException {
        box = Sandbox.in(base);
    }

    private Extracted extract(byte[] blob) throws IOException {
        return extract(blob, ExtractOptions.untrusted());
    }

    private Extracted extract(byte[] blob, ExtractOptions options) throws IOException {
        return new LayerExtractor(sys).extract("test", new ByteArrayInputStream(blob), box.target(), Optional.empty(),
                options);
    }

    @Test
    void unpacksFilesDirectoriesLinksModesTimesOwnersAndXattrs() throws IOException {
        Tars layer = tar().dir("usr/bin", 0755, e -> e.setIds(0, 0))
                .file("usr/bin/tool", "#!/bin/sh\n", 04755, e -> e.setIds(0, 0))
                .dir("tmp", 01777, e -> {})
                .file("home/app/data", "hello", 0640, e -> {
                    e.setIds(1000, 1001);
                    e.addPaxHeader("SCHILY.xattr.user.note", "kept");
                    e.addPaxHeader("SCHILY.xattr.security.capability", "\u0001\u0000\u0000\u0002 ");
                })
                .symlink("bin", "usr/bin")
                .hardlink("usr/bin/tool2", "usr/bin/tool");
        byte[] tar = layer.bytes();

        Extracted extracted = extract(Tars.gzip(tar));

        assertThat(extracted.directory()).isEqualTo(box.target());
        assertThat(extracted.diffId()).isEqualTo(Digest.sha256(tar));
        assertThat(extracted.tarSize()).isEqualTo(tar.length);
        assertThat(extracted.compression()).isEqualTo(Compression.GZIP);
        Path t = box.target();
        assertThat(box.read("home/app/data")).isEqualTo("hello");
        assertThat(mode(t.resolve("usr/bin/tool"))).isEqualTo(04755);
        assertThat(mode(t.resolve("tmp"))).isEqualTo(01777);
        assertThat(mode(t.resolve("home/app/data"))).isEqualTo(0640);
        assertThat(mode(t)).isEqualTo(0755);
        assertThat(Files.readSymbolicLink(t.resolve("bin"))).hasToString("usr/bin");
        assertThat(Files.isSameFile(t.resolve("usr/bin/tool"), t.resolve("usr/bin/tool2"))).isTrue();
        assertThat(Files.getLastModifiedTime(t.resolve("usr/bin"))).isEqualTo(FileTime.from(Tars.MTIME));
        assertThat(Files.getLastModifiedTime(t.resolve("home/app/data"))).isEqualTo(FileTime.from(Tars.MTIME));
        assertThat(sys.owner("home/app/data")).contains(new FakeNative.Owner(1000, 1001));
        assertThat(sys.xattr("home/app/data", "user.note")).hasValueSatisfying(
                v -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo("kept"));
        assertThat(sys.xattr("home/app/data", "security.capability"))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(1, 0, 0, 2, ' '));
        assertThat(box.listing()).containsKey("layers/t").doesNotContainKeys("layers/.t.tmp");
        assertThat(Files.list(base.resolve("layers")).toList()).containsExactly(t);
    }

    @Test
    void gzipZstdAndPlainGiveTheSameTreeAndDiffId() throws IOException {
        Tars layer = tar().dir("etc").file("etc/hostname", "box\n");
        Digest diffId = Digest.sha256(layer.bytes());
        for (byte[] blob : List.of(layer.gzip(), layer.zstd(), layer.bytes())) {
            Extracted extracted = extract(blob);
            assertThat(extracted.diffId()).isEqualTo(diffId);
            assertThat(box.read("etc/hostname")).isEqualTo("box\n");
            Trees.delete(box.target());
        }
    }

    @Test
    void emptyLayer() throws IOException {
        Extracted extracted = extract(tar().bytes());
        assertThat(extracted.compression()).isEqualTo(Compression.NONE);
        assertThat(Files.list(box.target()).toList()).isEmpty();
    }

    @Test
    void whiteoutsBecomeOverlayMarks() throws IOException {
        extract(tar().dir("etc").file("etc/.wh.motd", "").dir("var/cache").file("var/cache/.wh..wh..opq", "")
                .file(".wh..wh.plnk", "").file("var/cache/new", "n").gzip());

        assertThat(sys.device("etc/motd")).contains(new FakeNative.Device(Native.S_IFCHR, 0, 0));
        assertThat(sys.xattr("var/cache", "trusted.overlay.opaque"))
                .hasValueSatisfying(v -> assertThat(v).containsExactly('y'));
        assertThat(box.target().resolve(".wh..wh.plnk")).doesNotExist();
        assertThat(box.target().resolve("etc/.wh.motd")).doesNotExist();
        assertThat(box.read("var/cache/new")).isEqualTo("n");
    }

    @Test
    void absoluteNamesBecomeRelative() throws IOException {
        extract(tar().file("/etc/hosts", "127.0.0.1 localhost\n").file("./etc/./motd", "hi").gzip());
        assertThat(box.read("etc/hosts")).isEqualTo("127.0.0.1 localhost\n");
        assertThat(box.read("etc/motd")).isEqualTo("hi");
    }

    @Test
    void symlinksInsideTheLayerAreFollowedInsideIt() throws IOException {
        extract(tar().dir("usr/lib").symlink("lib", "usr/lib").file("lib/libc.so", "c")
                .symlink("opt", "/usr").file("opt/share", "s").gzip());
        assertThat(box.read("usr/lib/libc.so")).isEqualTo("c");
        assertThat(box.read("usr/share")).isEqualTo("s");
    }

    @Test
    void aFileReplacingASymlinkDoesNotWriteThroughIt() throws IOException {
        String outside = box.sentinel().toString();
        extract(tar().symlink("f", outside).file("f", "new content").gzip());
        assertThat(Files.isSymbolicLink(box.target().resolve("f"))).isFalse();
        assertThat(box.read("f")).isEqualTo("new content");
        assertThat(Files.readString(box.sentinel())).isEqualTo(Sandbox.SENTINEL);
    }

    @Test
    void aHardLinkToAnEscapingSymlinkLinksTheSymlinkItself() throws IOException {
        extract(tar().symlink("evil", "../../outside/sentinel").hardlink("copy", "evil").gzip());
        Path copy = box.target().resolve("copy");
        assertThat(Files.isSymbolicLink(copy)).isTrue();
        assertThat(Files.getAttribute(copy, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).isEqualTo(2);
        assertThat(Files.getAttribute(box.sentinel(), "unix:nlink")).isEqualTo(1);
    }

    @Test
    void laterDuplicatesWin() throws IOException {
        extract(tar().file("a", "first").file("a", "second").dir("d").file("d/x", "x").file("d", "now a file")
                .file("e", "file").dir("e").file("e/y", "y").gzip());
        assertThat(box.read("a")).isEqualTo("second");
        assertThat(box.read("d")).isEqualTo("now a file");
        assertThat(box.read("e/y")).isEqualTo("y");
    }

    @Test
    void missingParentsAreMadeAsRootDirectories() throws IOException {
        extract(tar().file("deep/er/file", "f").gzip());
        assertThat(mode(box.target().resolve("deep/er"))).isEqualTo(0755);
    }

    @Test
    void devicesAndFifosOnlyInTrustedLayers() throws IOException {
        extract(tar().device("dev/null", TarConstants.LF_CHR, 1, 3).device("run/pipe", TarConstants.LF_FIFO, 0, 0)
                .gzip(), ExtractOptions.trusted());
        assertThat(sys.device("dev/null")).contains(new FakeNative.Device(Native.S_IFCHR | 0666, 1, 3));
        assertThat(sys.device("run/pipe")).contains(new FakeNative.Device(Native.S_IFIFO | 0666, 0, 0));
    }

    @Test
    void theDiffIdIsCheckedBeforeTheRename() throws IOException {
        byte[] tar = tar().file("a", "a").bytes();
        Digest wrong = Digest.sha256("other".getBytes(StandardCharsets.UTF_8));
        var before = box.listing();
        assertThatThrownBy(() -> new LayerExtractor(sys).extract("sha256:blob", new ByteArrayInputStream(tar),
                box.target(), Optional.of(wrong), ExtractOptions.untrusted()))
                .isInstanceOf(LayerException.class)
                .hasMessage("layer sha256:blob: uncompressed content has diff ID " + Digest.sha256(tar)
                        + ", but the image config lists " + wrong);
        assertThat(box.listing()).isEqualTo(before);
    }

    @Test
    void anExistingTargetIsNotTouched() throws IOException {
        Files.createDirectory(box.target());
        assertThatThrownBy(() -> extract(tar().file("a", "a").gzip()))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    private static int mode(Path path) throws IOException {
        return (int) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }
}
