package io.jcompose.runtime.image.archive;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Recognises compressed streams by their first bytes, as docker load and import do. */
enum Compression {
    NONE, GZIP, ZSTD, BZIP2, XZ;

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
    private static final byte[] BZIP2_MAGIC = {'B', 'Z', 'h'};
    private static final byte[] XZ_MAGIC = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0};

    static Compression of(byte[] head) {
        if (startsWith(head, GZIP_MAGIC)) {
            return GZIP;
        }
        if (startsWith(head, ZSTD_MAGIC)) {
            return ZSTD;
        }
        if (startsWith(head, BZIP2_MAGIC)) {
            return BZIP2;
        }
        return startsWith(head, XZ_MAGIC) ? XZ : NONE;
    }

    /** Peeks at {@code in} and returns it decompressed; {@code what} names the input in errors. */
    static InputStream decompress(InputStream in, String what) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(8);
        byte[] head = buffered.readNBytes(6);
        buffered.reset();
        return switch (of(head)) {
            case NONE -> buffered;
            case GZIP -> new GZIPInputStream(buffered, 1 << 16);
            case ZSTD -> new ZstdInputStream(buffered);
            case BZIP2 -> new BZip2CompressorInputStream(buffered);
            case XZ -> throw new ArchiveException(what + " is xz-compressed, which is not supported "
                    + "(use an uncompressed, gzip, bzip2 or zstd tar)");
        };
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
