package io.jcompose.runtime.api.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Small root filesystem tarballs for import tests: a directory and one file whose content sets the image ID. */
final class Rootfs {

    private Rootfs() {
    }

    static byte[] tar(String fileContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            TarArchiveEntry dir = new TarArchiveEntry("etc/");
            dir.setModTime(0);
            tar.putArchiveEntry(dir);
            tar.closeArchiveEntry();
            byte[] content = fileContent.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry file = new TarArchiveEntry("etc/hello.txt");
            file.setSize(content.length);
            file.setModTime(0);
            tar.putArchiveEntry(file);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }
}
