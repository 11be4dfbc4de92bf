package io.jcompose.runtime.container.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {

    @TempDir
    Path dir;
    private Path root;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(dir.resolve("rootfs"));
        Path data = Files.createDirectories(root.resolve("data/sub"));
        Files.writeString(data.resolve("b.txt"), "bee");
        Files.writeString(root.resolve("data/a.txt"), "ay");
        Files.createLink(root.resolve("data/sub/hard"), root.resolve("data/a.txt"));
        Files.createSymbolicLink(root.resolve("data/link"), Path.of("/etc/shadow"));
    }

    @Test
    void aFileIsOneEntryNamedAsAsked() throws IOException {
        Path file = root.resolve("data/a.txt");
        Files.setAttribute(file, "unix:mode", 04750);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        byte[] tar = write(file, "renamed.txt");
        assertThat(Tars.list(tar)).containsExactly("renamed.txt 0 =ay");
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e = in.getNextEntry();
            assertThat(e.getMode()).isEqualTo(04750);
            assertThat(e.getModTime().toInstant()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        }
    }

    @Test
    void aDirectoryIsWalkedSortedWithoutFollowingSymlinksAndKeepsHardLinks() throws IOException {
        assertThat(Tars.list(write(root.resolve("data"), "data"))).containsExactly(
                "data/ 5",
                "data/a.txt 0 =ay",
                "data/link 2 -> /etc/shadow",
                "data/sub/ 5",
                "data/sub/b.txt 0 =bee",
                "data/sub/hard 1 -> data/a.txt");
    }

    @Test
    void aSymlinkIsTheLinkItself() throws IOException {
        assertThat(Tars.list(write(root.resolve("data/link"), "link"))).containsExactly("link 2 -> /etc/shadow");
    }

    @Test
    void theRootsEntriesStartWithASlashAsDockerSendsThem() throws IOException {
        assertThat(Tars.list(write(root, "/"))).startsWith("/ 5", "/data/ 5", "/data/a.txt 0 =ay");
    }

    private static byte[] write(Path path, String top) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveWriter.write(path, top, out);
        return out.toByteArray();
    }
}
