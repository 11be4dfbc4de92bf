package io.jcompose.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal POSIX tar writer (ustar headers, PAX records for long or non-ASCII names and large sizes), enough for a
 * build context streamed to the engine; the CLI keeps commons-compress off its class path to start fast.
 */
final class TarWriter {

    private static final int BLOCK = 512;
    private static final long USTAR_MAX_SIZE = 077777777777L;

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    void directory(String name, int mode, long mtime) throws IOException {
        header(name.endsWith("/") ? name : name + "/", mode, 0, mtime, '5', "");
    }

    void symlink(String name, String target, long mtime) throws IOException {
        header(name, 0777, 0, mtime, '2', target);
    }

    void file(String name, int mode, long mtime, byte[] content) throws IOException {
        header(name, mode, content.length, mtime, '0', "");
        out.write(content);
        pad(content.length);
    }

    /** A regular file of {@code size} bytes read from {@code content}; a file that changed size is an error. */
    void file(String name, int mode, long mtime, long size, InputStream content) throws IOException {
        header(name, mode, size, mtime, '0', "");
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        while (copied < size) {
            int n = content.read(buffer, 0, (int) Math.min(buffer.length, size - copied));
            if (n < 0) {
                throw new IOException("\"" + name + "\" became shorter while it was sent (" + copied + " of " + size
                        + " bytes)");
            }
            out.write(buffer, 0, n);
            copied += n;
        }
        pad(size);
    }

    /** The two zero blocks that end an archive. */
    void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void header(String name, int mode, long size, long mtime, char type, String link) throws IOException {
        Map<String, String> pax = new LinkedHashMap<>();
        if (!fits(name, 100)) {
            pax.put("path", name);
        }
        if (!fits(link, 100)) {
            pax.put("linkpath", link);
        }
        if (size > USTAR_MAX_SIZE) {
            pax.put("size", Long.toString(size));
        }
        if (!pax.isEmpty()) {
            byte[] records = paxRecords(pax);
            out.write(block("PaxHeaders/" + ascii(name), 0644, records.length, mtime, 'x', ""));
            out.write(records);
            pad(records.length);
        }
        out.write(block(ascii(name), mode, size > USTAR_MAX_SIZE ? 0 : size, mtime, type, ascii(link)));
    }

    private static boolean fits(String text, int max) {
        return text.length() <= max && text.chars().allMatch(c -> c > 0 && c < 128);
    }

    /** The name cut to what a ustar field holds, non-ASCII replaced; the PAX record carries the real one. */
    private static String ascii(String text) {
        String a = text.replaceAll("[^\\x01-\\x7f]", "_");
        return a.length() > 100 ? a.substring(0, 100) : a;
    }

    /** {@code "LEN key=value\n"} records, LEN counting the whole record including itself. */
    static byte[] paxRecords(Map<String, String> records) {
        StringBuilder all = new StringBuilder();
        records.forEach((k, v) -> {
            int body = (" " + k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8).length;
            int length = body + Integer.toString(body).length();
            if (Integer.toString(length).length() != Integer.toString(body).length()) {
                length++;
            }
            all.append(length).append(' ').append(k).append('=').append(v).append('\n');
        });
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] block(String name, int mode, long size, long mtime, char type, String link) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        octal(h, 100, 8, mode & 07777);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, Math.max(0, mtime));
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        octal(h, 329, 8, 0);
        octal(h, 337, 8, 0);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        String check = String.format("%06o", sum);
        put(h, 148, 6, check);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, h, offset, Math.min(length, bytes.length));
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(Math.max(0, length - 1 - digits.length())) + digits;
        put(h, offset, length - 1, padded);
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }
}
