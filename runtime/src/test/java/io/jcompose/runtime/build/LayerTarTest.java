package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.sys.Native;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay marks in an upper directory become OCI whiteouts (needs root for mknod and trusted.* xattrs). */
class LayerTarTest {

    @Test
    void overlayMarksBecomeWhiteouts(@TempDir Path upper) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "whiteouts need root (mknod)");
        Native sys = Native.linux();
        Files.createDirectories(upper.resolve("etc"));
        Files.writeString(upper.resolve("etc/new.conf"), "x");
        sys.mknod(upper.resolve("etc/gone.conf"), Native.S_IFCHR | 0, 0, 0);
        Files.createDirectories(upper.resolve("var/cache"));
        sys.lsetxattr(upper.resolve("var/cache"), LayerTar.OPAQUE_XATTR, "y".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(upper.resolve("var/cache/fresh"), "y");
        Files.createSymbolicLink(upper.resolve("link"), Path.of("etc/new.conf"));
        Files.createLink(upper.resolve("hard"), upper.resolve("etc/new.conf"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayerTar(sys).write(upper, out);
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                entries.put(e.getName(), e);
            }
        }
        assertThat(entries).containsOnlyKeys("etc/", "etc/.wh.gone.conf", "etc/new.conf", "hard", "link", "var/",
                "var/cache/", "var/cache/.wh..wh..opq", "var/cache/fresh");
        assertThat(entries.get("etc/.wh.gone.conf").isFile()).isTrue();
        assertThat(entries.get("link").getLinkName()).isEqualTo("etc/new.conf");
        assertThat(entries.get("hard").isLink() || entries.get("etc/new.conf").isLink()).isTrue();
    }
}
