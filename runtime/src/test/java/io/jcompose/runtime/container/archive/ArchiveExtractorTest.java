package io.jcompose.runtime.container.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.sys.FakeNative;
import io.jcompose.runtime.sys.Native;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads land inside the destination, inside the root; escaping entries fail with docker's messages. */
class ArchiveExtractorTest {

    @TempDir
    Path dir;
    private Path root;
    private FakeNative sys;
    private RootResolver resolver;
    private RootResolver.Resolved tmp;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(root.resolve("tmp"));
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(dir.resolve("host-etc"));
        sys = new FakeNative();
        resolver = new RootResolver(root);
        tmp = resolver.resolveFully(ContainerPath.of("/tmp"));
    }

    @Test
    void filesDirectoriesSymlinksAndHardLinks() throws IOException {
        extract(new Tars().dir("d").file("d/f.txt", "hello").symlink("d/l", "/etc/passwd")
                .link("d/h", TarConstants.LF_LINK, "d/f.txt").file("implied/deep/x", "x").stream());
        assertThat(Files.readString(root.resolve("tmp/d/f.txt"))).isEqualTo("hello");
        assertThat(Files.readSymbolicLink(root.resolve("tmp/d/l"))).isEqualTo(Path.of("/etc/passwd"));
        assertThat(Files.isSameFile(root.resolve("tmp/d/h"), root.resolve("tmp/d/f.txt"))).isTrue();
        assertThat(Files.readString(root.resolve("tmp/implied/deep/x"))).isEqualTo("x");
        assertThat(sys.owner("tmp/d/f.txt")).contains(new FakeNative.Owner(1000, 1001));
        assertThat(Files.getAttribute(root.resolve("tmp/d/f.txt"), "unix:mode")).isEqualTo(0100640);
        assertThat(Files.getAttribute(root.resolve("tmp/d"), "unix:mode")).isEqualTo(040750);
    }

    @Test
    void copyUidGidOwnsEveryEntryByTheContainerUser() throws IOException {
        new ArchiveExtractor(sys, resolver).extract(new Tars().dir("d").file("d/f", "x").stream(), tmp,
                new ExtractRules(false, Optional.of(new ExtractRules.Owner(7, 8))));
        assertThat(sys.owner("tmp/d")).contains(new FakeNative.Owner(7, 8));
        assertThat(sys.owner("tmp/d/f")).contains(new FakeNative.Owner(7, 8));
    }

    @Test
    void entriesThatClimbAboveTheDestinationAreRefused() {
        assertThatThrownBy(() -> extract(new Tars().file("../etc/passwd", "pwned").stream()))
                .isInstanceOf(ContainerException.class).hasMessage("\"../etc/passwd\" is outside of \"/tmp\"");
        assertThatThrownBy(() -> extract(new Tars().file("a/../../x", "pwned").stream()))
                .hasMessage("\"a/../../x\" is outside of \"/tmp\"");
        assertThatThrownBy(() -> extract(new Tars().file("f", "x").link("h", TarConstants.LF_LINK, "../etc/x")
                .stream())).hasMessage("invalid hardlink \"h\" -> \"../etc/x\"");
        assertThat(root.resolve("etc/passwd")).doesNotExist();
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aSymlinkInTheUploadCannotLeadOutOfTheRoot() throws IOException {
        extract(new Tars().symlink("out", "/../../etc").file("out/passwd", "inside").stream());
        assertThat(Files.readString(root.resolve("etc/passwd"))).isEqualTo("inside");
        assertThat(dir.resolve("etc")).doesNotExist();
        assertThatThrownBy(() -> extract(new Tars().symlink("dangling", "/../../host-etc")
                .file("dangling/passwd", "x").stream()))
                .hasMessage("cannot extract \"dangling/passwd\": \"/tmp/dangling\" is not a directory");
        assertThat(dir.resolve("host-etc/passwd")).doesNotExist();
        extract(new Tars().symlink("up", "../../../..").file("up/escaped", "inside").stream());
        assertThat(root.resolve("escaped")).exists();
        assertThat(dir.resolve("escaped")).doesNotExist();
    }

    @Test
    void aFileReplacesASymlinkInsteadOfWritingThroughIt() throws IOException {
        Files.writeString(root.resolve("etc/target"), "original");
        Files.createSymbolicLink(root.resolve("tmp/f"), Path.of("/etc/target"));
        extract(new Tars().file("f", "new").stream());
        assertThat(Files.isSymbolicLink(root.resolve("tmp/f"))).isFalse();
        assertThat(Files.readString(root.resolve("etc/target"))).isEqualTo("original");
    }

    @Test
    void noOverwriteDirNonDirKeepsDirectoriesAndFiles() throws IOException {
        Files.createDirectories(root.resolve("tmp/d"));
        Files.writeString(root.resolve("tmp/f"), "file");
        ExtractRules strict = new ExtractRules(true, Optional.empty());
        assertThatThrownBy(() -> new ArchiveExtractor(sys, resolver).extract(new Tars().file("d", "x").stream(), tmp,
                strict)).hasMessage("cannot overwrite directory \"/tmp/d\" with non-directory \"/tmp\"");
        assertThatThrownBy(() -> new ArchiveExtractor(sys, resolver).extract(new Tars().dir("f").stream(), tmp,
                strict)).hasMessage("cannot overwrite non-directory \"/tmp/f\" with directory \"/tmp\"");
        extract(new Tars().file("d", "now a file").stream());
        assertThat(Files.readString(root.resolve("tmp/d"))).isEqualTo("now a file");
    }

    @Test
    void devicesAreRefusedFifosMade() throws IOException {
        assertThatThrownBy(() -> extract(new Tars().device("null", TarConstants.LF_CHR, 1, 3).stream()))
                .hasMessage("entry \"null\" is a character device 1:3: device nodes cannot be copied into a container");
        extract(new Tars().device("pipe", TarConstants.LF_FIFO, 0, 0).stream());
        assertThat(sys.device("tmp/pipe")).map(d -> d.mode() & 0170000).contains(Native.S_IFIFO);
    }

    @Test
    void gzipUploadsAndTheDestinationEntryItself() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new Tars().dir("./").file("./z", "zipped").bytes());
        }
        extract(new ByteArrayInputStream(gz.toByteArray()));
        assertThat(Files.readString(root.resolve("tmp/z"))).isEqualTo("zipped");
        extract(new ByteArrayInputStream(new byte[0]));
    }

    private void extract(java.io.InputStream tar) throws IOException {
        new ArchiveExtractor(sys, resolver).extract(tar, tmp, ExtractRules.defaults());
    }
}
