package io.jcompose.runtime.container.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds small tars for tests and lists them back as {@code NAME TYPE [-> LINK | =CONTENT]} lines. */
final class Tars {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    Tars() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    Tars file(String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(data.length);
        e.setMode(0640);
        e.setUserId(1000);
        e.setGroupId(1001);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
        return this;
    }

    Tars dir(String name) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, true);
        e.setMode(0750);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    Tars link(String name, byte flag, String target) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, flag, true);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    Tars symlink(String name, String target) throws IOException {
        return link(name, TarConstants.LF_SYMLINK, target);
    }

    Tars device(String name, byte flag, int major, int minor) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, flag, true);
        e.setDevMajor(major);
        e.setDevMinor(minor);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    byte[] bytes() throws IOException {
        tar.finish();
        return bytes.toByteArray();
    }

    ByteArrayInputStream stream() throws IOException {
        return new ByteArrayInputStream(bytes());
    }

    static List<String> list(byte[] tarBytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tarBytes), true)) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                String line = e.getName() + " " + (char) e.getLinkFlag();
                if (e.isSymbolicLink() || e.isLink()) {
                    line += " -> " + e.getLinkName();
                } else if (e.isFile()) {
                    line += " =" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
