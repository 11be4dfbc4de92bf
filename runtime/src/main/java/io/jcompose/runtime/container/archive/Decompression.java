package io.jcompose.runtime.container.archive;

import com.github.luben.zstd.ZstdInputStream;
import io.jcompose.runtime.container.ContainerException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Opens an upload as docker's extraction does: a plain tar, or gzip, bzip2 or zstd told by their magic bytes
 * (docker's CLI sends plain tar; other clients may compress).
 */
final class Decompression {

    private Decompression() {
    }

    static InputStream open(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, 65536);
        in.mark(8);
        byte[] head = in.readNBytes(6);
        in.reset();
        if (starts(head, 0x1f, 0x8b)) {
            return new GZIPInputStream(in, 65536);
        }
        if (starts(head, 'B', 'Z', 'h')) {
            return new BZip2CompressorInputStream(in, true);
        }
        if (starts(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            return new ZstdInputStream(in);
        }
        if (starts(head, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
            throw new ContainerException(ContainerException.Kind.INVALID,
                    "the archive is compressed with xz, which this engine does not read: send a plain tar");
        }
        return in;
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
