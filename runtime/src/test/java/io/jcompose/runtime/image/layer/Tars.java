package io.jcompose.runtime.image.layer;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds layer tarballs in memory for tests, names kept exactly as given (absolute and {@code ..} included). */
final class Tars {

    static final Instant MTIME = Instant.parse("2024-01-02T03:04:05Z");

    private record Item(TarArchiveEntry entry, byte[] content) {}

    private final List<Item> items = new ArrayList<>();

    static Tars tar() {
        return new Tars();
    }

    Tars dir(String name) {
        return dir(name, 0755, e -> {});
    }

    Tars dir(String name, int mode, Consumer<TarArchiveEntry> tweak) {
        return add(entry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, mode), null, tweak);
    }

    Tars file(String name, String content) {
        return file(name, content, 0644, e -> {});
    }

    Tars file(String name, String content, int mode, Consumer<TarArchiveEntry> tweak) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = entry(name, TarConstants.LF_NORMAL, mode);
        e.setSize(bytes.length);
        return add(e, bytes, tweak);
    }

    Tars symlink(String name, String target) {
        TarArchiveEntry e = entry(name, TarConstants.LF_SYMLINK, 0777);
        e.setLinkName(target);
        return add(e, null, x -> {});
    }

    Tars hardlink(String name, String target) {
        TarArchiveEntry e = entry(name, TarConstants.LF_LINK, 0644);
        e.setLinkName(target);
        return add(e, null, x -> {});
    }

    Tars device(String name, byte type, int major, int minor) {
        TarArchiveEntry e = entry(name, type, 0666);
        e.setDevMajor(major);
        e.setDevMinor(minor);
        return add(e, null, x -> {});
    }

    /** A PAX header written byte by byte (so the value may be binary), then an empty file it applies to. */
    Tars fileWithRawXattr(String name, String xattr, byte[] value) {
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(("SCHILY.xattr." + xattr + "=").getBytes(StandardCharsets.UTF_8));
        record.writeBytes(value);
        record.write('\n');
        int length = record.size() + 1;
        length += String.valueOf(length + String.valueOf(length).length()).length();
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        full.writeBytes((length + " ").getBytes(StandardCharsets.US_ASCII));
        full.writeBytes(record.toByteArray());
        byte[] line = full.toByteArray();
        TarArchiveEntry pax = entry("PaxHeaders/" + name, TarConstants.LF_PAX_EXTENDED_HEADER_LC, 0644);
        pax.setSize(line.length);
        add(pax, line, e -> {});
        return file(name, "");
    }

    private Tars add(TarArchiveEntry e, byte[] content, Consumer<TarArchiveEntry> tweak) {
        tweak.accept(e);
        items.add(new Item(e, content));
        return this;
    }

    private static TarArchiveEntry entry(String name, byte type, int mode) {
        TarArchiveEntry e = new TarArchiveEntry(name, type, true);
        e.setMode(mode);
        e.setModTime(FileTime.from(MTIME));
        return e;
    }

    /** The uncompressed tar. */
    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (Item item : items) {
                    tar.putArchiveEntry(item.entry());
                    if (item.content() != null) {
                        tar.write(item.content());
                    }
                    tar.closeArchiveEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] gzip() {
        return gzip(bytes());
    }

    byte[] zstd() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZstdOutputStream z = new ZstdOutputStream(out)) {
                z.write(bytes());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] truncate(byte[] data, int length) {
        return Arrays.copyOf(data, length);
    }
}
