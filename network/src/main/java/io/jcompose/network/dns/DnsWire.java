package io.jcompose.network.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RFC 1035 wire encoding: a bounds-checked reader that expands compressed names and a compressing writer. */
final class DnsWire {

    private static final int MAX_POINTER_JUMPS = 64;

    private DnsWire() {
    }

    static void checkUnsigned16(int value, String what) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("DNS " + what + " " + value + " is not an unsigned 16-bit number");
        }
    }

    static byte[] uncompressed(DnsName name) {
        Writer out = new Writer(false);
        out.name(name);
        return out.toBytes();
    }

    /** Reads one message held in {@code buf[start, end)}; every read checks its bounds. */
    static final class Reader {
        private final byte[] buf;
        private final int start;
        private final int end;
        private int pos;
        private int limit;

        Reader(byte[] buf, int start, int end) {
            this.buf = buf;
            this.start = start;
            this.end = end;
            this.pos = start;
            this.limit = end;
        }

        int position() {
            return pos - start;
        }

        boolean atEnd() {
            return pos >= limit;
        }

        /** Restricts reads to the next {@code length} bytes (a record's data); {@link #unlimit()} lifts it. */
        void limit(int length) {
            need(length);
            limit = pos + length;
        }

        void unlimit() {
            limit = end;
        }

        private void need(int n) {
            if (n < 0 || pos + n > limit) {
                throw new DnsFormatException("DNS message truncated: " + n + " bytes needed at offset "
                        + (pos - start) + " of " + (limit - start));
            }
        }

        int u8() {
            need(1);
            return buf[pos++] & 0xff;
        }

        int u16() {
            need(2);
            int v = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
            pos += 2;
            return v;
        }

        long u32() {
            return (long) u16() << 16 | u16();
        }

        byte[] bytes(int n) {
            need(n);
            byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        /** Reads a name, following compression pointers; a pointer must point before itself. */
        DnsName name() {
            List<String> labels = new ArrayList<>();
            int cursor = pos;
            int bound = limit;
            boolean jumped = false;
            int jumps = 0;
            int wire = 1;
            while (true) {
                if (cursor >= bound) {
                    throw new DnsFormatException("DNS name runs past the end at offset " + (cursor - start));
                }
                int len = buf[cursor] & 0xff;
                if ((len & 0xc0) == 0xc0) {
                    if (cursor + 1 >= bound) {
                        throw new DnsFormatException("DNS name pointer cut at offset " + (cursor - start));
                    }
                    int target = start + ((len & 0x3f) << 8 | buf[cursor + 1] & 0xff);
                    if (target >= cursor || ++jumps > MAX_POINTER_JUMPS) {
                        throw new DnsFormatException("DNS name pointer at offset " + (cursor - start)
                                + " does not point backwards");
                    }
                    if (!jumped) {
                        pos = cursor + 2;
                        jumped = true;
                    }
                    cursor = target;
                    bound = end;
                } else if ((len & 0xc0) != 0) {
                    throw new DnsFormatException("DNS label type " + (len >> 6) + " at offset " + (cursor - start)
                            + " is not supported");
                } else if (len == 0) {
                    if (!jumped) {
                        pos = cursor + 1;
                    }
                    return new DnsName(labels);
                } else {
                    if (cursor + 1 + len > bound) {
                        throw new DnsFormatException("DNS label runs past the end at offset " + (cursor - start));
                    }
                    wire += 1 + len;
                    if (wire > DnsName.MAX_WIRE_LENGTH) {
                        throw new DnsFormatException("DNS name at offset " + (pos - start) + " is over 255 bytes");
                    }
                    labels.add(new String(buf, cursor + 1, len, StandardCharsets.ISO_8859_1));
                    cursor += 1 + len;
                }
            }
        }
    }

    /** A growing buffer; with compression on, each name suffix written is remembered for later pointers. */
    static final class Writer {
        private byte[] buf = new byte[512];
        private int size;
        private final Map<String, Integer> suffixes;

        Writer(boolean compress) {
            this.suffixes = compress ? new HashMap<>() : null;
        }

        int size() {
            return size;
        }

        private void ensure(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void u8(int v) {
            ensure(1);
            buf[size++] = (byte) v;
        }

        void u16(int v) {
            ensure(2);
            buf[size++] = (byte) (v >> 8);
            buf[size++] = (byte) v;
        }

        void u32(long v) {
            u16((int) (v >>> 16) & 0xffff);
            u16((int) v & 0xffff);
        }

        void patchU16(int at, int v) {
            buf[at] = (byte) (v >> 8);
            buf[at + 1] = (byte) v;
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void name(DnsName name) {
            List<String> labels = name.labels();
            for (int i = 0; i < labels.size(); i++) {
                if (suffixes != null) {
                    String key = DnsName.lowerAscii(String.join("\u0100", labels.subList(i, labels.size())));
                    Integer at = suffixes.get(key);
                    if (at != null) {
                        u16(0xc000 | at);
                        return;
                    }
                    if (size < 0x3fff) {
                        suffixes.put(key, size);
                    }
                }
                String label = labels.get(i);
                u8(label.length());
                bytes(label.getBytes(StandardCharsets.ISO_8859_1));
            }
            u8(0);
        }

        byte[] toBytes() {
            return Arrays.copyOf(buf, size);
        }
    }
}
