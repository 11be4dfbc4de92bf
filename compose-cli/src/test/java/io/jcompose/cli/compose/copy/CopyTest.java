package io.jcompose.cli.compose.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ArchiveApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.PathStatJson;
import io.jcompose.model.error.ComposeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cp's argument forms, its tars on the host side, and where a copy lands, against a fake archive API. */
class CopyTest {

    @TempDir
    Path dir;

    @Test
    void argumentsAreServicePathsUnlessAbsoluteOrDotRelative() {
        assertThat(CopyEnd.parse("web:/etc/hosts")).isEqualTo(new CopyEnd("web", "/etc/hosts"));
        assertThat(CopyEnd.parse("./web:x")).isEqualTo(new CopyEnd(null, "./web:x"));
        assertThat(CopyEnd.parse("/a:b")).isEqualTo(new CopyEnd(null, "/a:b"));
        assertThat(CopyEnd.parse("file.txt").inContainer()).isFalse();
        assertThat(CopyEnd.parse("web:/dir/.").contentsOnly()).isTrue();
        assertThat(CopyEnd.base("/a/b/")).isEqualTo("b");
        assertThat(CopyEnd.parent("/a/b")).isEqualTo("/a");
        assertThat(CopyEnd.parent("/a")).isEqualTo("/");
        assertThat(CopyEnd.parent("a")).isEqualTo(".");
    }

    @Test
    void aTreeRoundTripsRenamedAndContentsOnly() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(src.resolve("f.txt"), "F");
        Files.createSymbolicLink(dir.resolve("src/link"), Path.of("sub/f.txt"));
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        HostTar.write(dir.resolve("src"), "src", false, tar);
        Path out = Files.createDirectories(dir.resolve("out"));
        HostUntar.extract(new ByteArrayInputStream(tar.toByteArray()), out, "src", "renamed");
        assertThat(Files.readString(out.resolve("renamed/sub/f.txt"))).isEqualTo("F");
        assertThat(Files.readSymbolicLink(out.resolve("renamed/link"))).isEqualTo(Path.of("sub/f.txt"));
        Path flat = Files.createDirectories(dir.resolve("flat"));
        HostUntar.extract(new ByteArrayInputStream(tar.toByteArray()), flat, "src", "");
        assertThat(Files.readString(flat.resolve("sub/f.txt"))).isEqualTo("F");
    }

    @Test
    void entriesThatLeaveTheDirectoryAreRefused() throws IOException {
        for (List<String> entries : List.of(List.of("../evil"), List.of("a/../../evil"))) {
            Path out = Files.createTempDirectory(dir, "out");
            assertThatThrownBy(() -> HostUntar.extract(tar(entries, null), out, "a", "a"))
                    .isInstanceOf(IOException.class).hasMessageContaining("leaves");
        }
        Path out = Files.createDirectories(dir.resolve("viaLink"));
        assertThatThrownBy(() -> HostUntar.extract(tar(List.of("x/f"), "x"), out, "x", "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("refusing to write through symlink");
        assertThat(dir.resolve("escaped")).doesNotExist();
    }

    /** A tar of empty files; {@code link} first as a symlink to {@code ../escaped}. */
    private InputStream tar(List<String> files, String link) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            if (link != null) {
                TarArchiveEntry l = new TarArchiveEntry(link, TarArchiveEntry.LF_SYMLINK);
                l.setLinkName(dir.resolve("escaped").toString());
                tar.putArchiveEntry(l);
                tar.closeArchiveEntry();
                Files.createDirectories(dir.resolve("escaped"));
            }
            for (String f : files) {
                TarArchiveEntry e = new TarArchiveEntry(f);
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
            }
        }
        if (link != null) {
            Files.delete(dir.resolve("escaped"));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** A container with one directory, {@code /data}, and one file, {@code /data/f}. */
    private static final class FakeArchives implements ArchiveApi {
        final List<String> calls = new ArrayList<>();

        @Override
        public PathStatJson stat(String id, String path) throws IOException {
            return switch (path) {
                case "/data" -> new PathStatJson("data", 0, PathStatJson.DIR | 0755, "", "");
                case "/data/f" -> new PathStatJson("f", 1, 0644, "", "");
                default -> throw EngineApiException.response(404, "Could not find the file " + path);
            };
        }

        @Override
        public PathStatJson get(String id, String path, OutputStream out) throws IOException {
            calls.add("get " + path);
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                TarArchiveEntry e = new TarArchiveEntry("f");
                e.setSize(1);
                tar.putArchiveEntry(e);
                tar.write('X');
                tar.closeArchiveEntry();
            }
            return stat(id, path);
        }

        @Override
        public void put(String id, String path, InputStream tar, boolean noOverwrite, boolean owners)
                throws IOException {
            List<String> names = new ArrayList<>();
            var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(tar);
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
            calls.add("put " + path + " " + names + (owners ? " -a" : ""));
        }
    }

    @Test
    void copiesLandWhereDockerCpPutsThem() throws IOException {
        FakeArchives archives = new FakeArchives();
        Copier copier = new Copier(archives, dir, false, true);
        Files.writeString(dir.resolve("local.txt"), "L");
        copier.toContainer("local.txt", "c", "/data", InputStream.nullInputStream());
        copier.toContainer("local.txt", "c", "/data/f", InputStream.nullInputStream());
        copier.toContainer("local.txt", "c", "/data/new.txt", InputStream.nullInputStream());
        assertThat(archives.calls).containsExactly("put /data [local.txt] -a", "put /data [f] -a",
                "put /data [new.txt] -a");
        assertThatThrownBy(() -> copier.toContainer("missing", "c", "/data", InputStream.nullInputStream()))
                .isInstanceOf(ComposeException.class).hasMessage("stat " + dir.resolve("missing")
                        + ": no such file or directory");
        Files.createDirectories(dir.resolve("tree"));
        assertThatThrownBy(() -> copier.toContainer("tree", "c", "/data/f", InputStream.nullInputStream()))
                .hasMessage("cannot overwrite non-directory \"/data/f\" with directory \"tree\"");

        copier.fromContainer("c", "/data/f", "got.txt", OutputStream.nullOutputStream());
        assertThat(Files.readString(dir.resolve("got.txt"))).isEqualTo("X");
        copier.fromContainer("c", "/data/f", "tree", OutputStream.nullOutputStream());
        assertThat(Files.readString(dir.resolve("tree/f"))).isEqualTo("X");
        assertThatThrownBy(() -> copier.fromContainer("c", "/data/f", "nodir/x", OutputStream.nullOutputStream()))
                .hasMessage("destination directory \"" + dir.resolve("nodir") + "\" does not exist");
    }
}
