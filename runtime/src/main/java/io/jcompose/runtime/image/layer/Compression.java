package io.jcompose.runtime.image.layer;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** How a layer blob is compressed, told by its first bytes rather than by a media type that may lie. */
public enum Compression {
    GZIP("gzip"),
    ZSTD("zstd"),
    NONE("tar");

    private static final int TAR_MAGIC_OFFSET = 257;

    private final String label;

    Compression(String label) {
        this.label = label;
    }

    /** The name used in messages: gzip, zstd or tar. */
    public String label() {
        return label;
    }

    /**
     * Detects the format of a marked stream without consuming it. A plain tar is recognised by its {@code ustar}
     * magic or by an all-zero first block (an empty layer); anything else is not a layer.
     */
    static Compression detect(BufferedInputStream in, String layer) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        if (head.length == 512 && (hasUstarMagic(head) || allZero(head))) {
            return NONE;
        }
        throw LayerException.of(layer, "not a gzip, zstd or tar stream");
    }

    /** The uncompressed tar stream. */
    InputStream open(InputStream in) throws IOException {
        return switch (this) {
            case GZIP -> new GZIPInputStream(in, 65536);
            case ZSTD -> new ZstdInputStream(in);
            case NONE -> in;
        };
    }

    private static boolean hasUstarMagic(byte[] head) {
        return head[TAR_MAGIC_OFFSET] == 'u' && head[TAR_MAGIC_OFFSET + 1] == 's' && head[TAR_MAGIC_OFFSET + 2] == 't'
                && head[TAR_MAGIC_OFFSET + 3] == 'a' && head[TAR_MAGIC_OFFSET + 4] == 'r';
    }

    private static boolean allZero(byte[] head) {
        for (byte b : head) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
