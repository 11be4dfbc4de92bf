package io.jcompose.cli.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextPackerTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void theDockerignoreFiltersButTheDockerfileAndItselfAlwaysGo() throws Exception {
        write("app/Dockerfile", "FROM x\n");
        write("app/.dockerignore", "# ignore these\n*.log\nDockerfile\n.dockerignore\nvendor\n!vendor/keep.txt\n"
                + "/secret\n");
        write("app/main.go", "package main");
        write("app/debug.log", "noise");
        write("app/src/trace.log", "kept: *.log is for the root only");
        write("app/vendor/lib.go", "x");
        write("app/vendor/keep.txt", "k");
        write("app/secret/key", "s");
        Files.createSymbolicLink(dir.resolve("app/link"), Path.of("/etc/passwd"));
        PackedContext packed = ContextPacker.prepare(BuildSource.of(dir.resolve("app"), "Dockerfile"));
        assertThat(packed.dockerfile()).isEqualTo("Dockerfile");
        assertThat(packed.namedContexts()).isEmpty();
        Map<String, String> entries = TarEntries.of(packed);
        assertThat(entries.keySet()).as("an excluded directory's entry comes back for what is re-included in it")
                .containsExactly(".dockerignore", "Dockerfile", "link", "main.go", "src/", "src/trace.log", "vendor/",
                        "vendor/keep.txt");
        assertThat(entries).containsEntry("link", "link:/etc/passwd").containsEntry("Dockerfile", "FROM x\n")
                .containsEntry("src/trace.log", "kept: *.log is for the root only");
    }

    @Test
    void aDockerfileOutsideTheContextGoesUnderAGeneratedName() throws Exception {
        write("ctx/a.txt", "a");
        Path df = write("docker/app.Dockerfile", "FROM y\nCOPY a.txt /\n");
        PackedContext packed = ContextPacker.prepare(BuildSource.of(dir.resolve("ctx"), "../docker/app.Dockerfile"));
        assertThat(packed.dockerfile()).matches("\\.dockerfile\\.[0-9a-f]{12}");
        assertThat(TarEntries.of(packed)).containsOnlyKeys("a.txt", packed.dockerfile())
                .containsEntry(packed.dockerfile(), "FROM y\nCOPY a.txt /\n");
        PackedContext absolute = ContextPacker.prepare(BuildSource.of(dir.resolve("ctx"), df.toString()));
        assertThat(absolute.dockerfile()).isEqualTo(packed.dockerfile());
    }

    @Test
    void aDockerfileInASubdirectoryKeepsItsPathAndItsOwnDockerignoreWins() throws Exception {
        write("ctx/docker/Dockerfile", "FROM z\n");
        write("ctx/docker/Dockerfile.dockerignore", "*.tmp\n");
        write("ctx/.dockerignore", "docker\n");
        write("ctx/x.tmp", "t");
        PackedContext packed = ContextPacker.prepare(BuildSource.of(dir.resolve("ctx"),
                dir.resolve("ctx/docker/Dockerfile").toString()));
        assertThat(packed.dockerfile()).isEqualTo("docker/Dockerfile");
        assertThat(TarEntries.of(packed)).containsOnlyKeys(".dockerignore", "docker/", "docker/Dockerfile",
                "docker/Dockerfile.dockerignore");
    }

    @Test
    void anInlineDockerfileIsSentAsAGeneratedFile() throws Exception {
        write("ctx/a.txt", "a");
        PackedContext packed = ContextPacker.prepare(new BuildSource(dir.resolve("ctx"), null,
                "FROM scratch\nCOPY a.txt /\n", Map.of()));
        assertThat(TarEntries.of(packed)).containsEntry(packed.dockerfile(), "FROM scratch\nCOPY a.txt /\n")
                .containsKey("a.txt");
    }

    @Test
    void namedContextsSendOnlyWhatTheDockerfileCopiesFromThem() throws Exception {
        write("ctx/Dockerfile", """
                FROM e2e/bb:1
                COPY --from=bin busybox \\
                     tools/*.sh /bin/
                COPY --from=docs ["guide/**/*.md", "/docs/"]
                COPY --from=rootfs / /
                FROM rootfs
                """);
        write("bin/busybox", "BB");
        write("bin/other", "not sent");
        write("bin/tools/a.sh", "A");
        write("bin/tools/b.txt", "not sent");
        Files.createSymbolicLink(dir.resolve("bin/tools/c.sh"), Path.of("../real-c"));
        write("bin/real-c", "C");
        write("docs/guide/x/y/z.md", "Z");
        write("docs/guide/top.md", "T");
        write("docs/guide/x/skip.txt", "no");
        write("unused/file", "u");
        write("root/etc/hostname", "h");
        Files.createSymbolicLink(dir.resolve("binlink"), dir.resolve("bin"));
        PackedContext packed = ContextPacker.prepare(new BuildSource(dir.resolve("ctx"), "Dockerfile", null,
                Map.of("bin", dir.resolve("binlink"), "docs", dir.resolve("docs"), "unused", dir.resolve("unused"),
                        "rootfs", dir.resolve("root"))));
        assertThat(packed.namedContexts()).containsExactly("bin", "docs", "rootfs", "unused");
        Map<String, String> entries = TarEntries.of(packed);
        assertThat(entries.keySet()).filteredOn(k -> k.startsWith(".jcompose-contexts")).containsExactly(
                ".jcompose-contexts/", ".jcompose-contexts/bin/", ".jcompose-contexts/bin/busybox",
                ".jcompose-contexts/bin/real-c", ".jcompose-contexts/bin/tools/", ".jcompose-contexts/bin/tools/a.sh",
                ".jcompose-contexts/bin/tools/c.sh", ".jcompose-contexts/docs/",
                ".jcompose-contexts/docs/guide/", ".jcompose-contexts/docs/guide/top.md",
                ".jcompose-contexts/docs/guide/x/", ".jcompose-contexts/docs/guide/x/y/",
                ".jcompose-contexts/docs/guide/x/y/z.md", ".jcompose-contexts/rootfs/",
                ".jcompose-contexts/rootfs/etc/", ".jcompose-contexts/rootfs/etc/hostname",
                ".jcompose-contexts/unused/");
        assertThat(entries).containsEntry(".jcompose-contexts/bin/tools/c.sh", "link:../real-c")
                .containsEntry(".jcompose-contexts/bin/busybox", "BB");
    }

    @Test
    void longAndNonAsciiNamesTravelInPaxRecords() throws Exception {
        String deep = "d".repeat(60) + "/" + "e".repeat(60) + "/f\u00e9.txt";
        write("ctx/" + deep, "deep");
        write("ctx/Dockerfile", "FROM x");
        assertThat(TarEntries.of(ContextPacker.prepare(BuildSource.of(dir.resolve("ctx"), "Dockerfile"))))
                .containsEntry(deep, "deep");
    }

    @Test
    void missingPlacesAreRefusedInDockersWords() throws Exception {
        assertThatThrownBy(() -> ContextPacker.prepare(BuildSource.of(dir.resolve("nope"), "Dockerfile")))
                .isInstanceOf(ComposeException.class)
                .hasMessage("unable to prepare context: path \"" + dir.resolve("nope") + "\" not found");
        Files.createDirectories(dir.resolve("ctx"));
        assertThatThrownBy(() -> ContextPacker.prepare(BuildSource.of(dir.resolve("ctx"), "Dockerfile")))
                .hasMessage("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
                        + dir.resolve("ctx/Dockerfile") + ": no such file or directory");
        assertThatThrownBy(() -> ContextPacker.prepare(new BuildSource(dir.resolve("ctx"), null, "FROM x",
                Map.of("bin", dir.resolve("gone")))))
                .hasMessage("unable to prepare context: additional context \"bin\": path \"" + dir.resolve("gone")
                        + "\" not found");
    }
}
