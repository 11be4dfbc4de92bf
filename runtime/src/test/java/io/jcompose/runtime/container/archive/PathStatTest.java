package io.jcompose.runtime.container.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathStatTest {

    @TempDir
    Path dir;

    @Test
    void goFileModeBits() {
        assertThat(GoFileMode.of(0100644)).isEqualTo(0644);
        assertThat(GoFileMode.of(0040755)).isEqualTo((1L << 31) | 0755); // 2147484141, as docker sends for /bin
        assertThat(GoFileMode.of(0120777)).isEqualTo(134218239L); // a busybox applet link
        assertThat(GoFileMode.of(0020666)).isEqualTo((1L << 26) | (1L << 21) | 0666);
        assertThat(GoFileMode.of(0060660)).isEqualTo((1L << 26) | 0660);
        assertThat(GoFileMode.of(0010644)).isEqualTo((1L << 25) | 0644);
        assertThat(GoFileMode.of(0140755)).isEqualTo((1L << 24) | 0755);
        assertThat(GoFileMode.of(0104755)).isEqualTo((1L << 23) | 0755);
        assertThat(GoFileMode.of(0102755)).isEqualTo((1L << 22) | 0755);
        assertThat(GoFileMode.of(0041777)).isEqualTo((1L << 31) | (1L << 20) | 0777);
    }

    @Test
    void jsonAndHeaderAreWhatDockersClientDecodes() {
        PathStat stat = new PathStat("host.txt", 12, 0644, Instant.parse("2026-11-25T10:15:30.120Z"), "");
        assertThat(stat.json()).isEqualTo(
                "{\"name\":\"host.txt\",\"size\":12,\"mode\":420,\"mtime\":\"2026-11-25T10:15:30.12Z\",\"linkTarget\":\"\"}");
        assertThat(new String(Base64.getDecoder().decode(stat.header()), StandardCharsets.UTF_8))
                .isEqualTo(stat.json());
        PathStat link = new PathStat("sh", 7, 134218239L, Instant.parse("2026-11-25T10:15:30Z"), "/bin/busybox");
        assertThat(link.json()).isEqualTo("{\"name\":\"sh\",\"size\":7,\"mode\":134218239,"
                + "\"mtime\":\"2026-11-25T10:15:30Z\",\"linkTarget\":\"/bin/busybox\"}");
        assertThat(link.isSymlink()).isTrue();
        assertThat(link.isDirectory()).isFalse();
    }

    @Test
    void rfc3339KeepsGoFractions() {
        assertThat(PathStat.rfc3339(Instant.parse("2026-01-02T03:04:05.000000001Z")))
                .isEqualTo("2026-01-02T03:04:05.000000001Z");
        assertThat(PathStat.rfc3339(Instant.parse("2026-01-02T03:04:05.500Z"))).isEqualTo("2026-01-02T03:04:05.5Z");
    }

    @Test
    void statOfRealFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "hello");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));
        PathStat stat = PathStat.of(file, "f", "");
        assertThat(stat).isEqualTo(new PathStat("f", 5, 0640, Instant.parse("2026-03-04T05:06:07Z"), ""));
        Path sub = Files.createDirectory(dir.resolve("d"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-x---"));
        assertThat(PathStat.of(sub, "d", "").mode()).isEqualTo(GoFileMode.DIR | 0750);
        Path link = Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
        assertThat(PathStat.of(link, "l", "/f").mode()).isEqualTo(GoFileMode.SYMLINK | 0777);
        assertThat(PathStat.of(link, "l", "/f").size()).isEqualTo(1);
    }
}
