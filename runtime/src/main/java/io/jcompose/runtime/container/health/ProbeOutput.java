package io.jcompose.runtime.container.health;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a probe's stdout and stderr go: the first 4096 bytes are kept and the rest dropped (a chatty check cannot
 * grow the engine's memory), with {@code ...} appended when anything was dropped, as docker does.
 */
public final class ProbeOutput extends OutputStream {

    /** Docker's limit on the output kept per probe. */
    public static final int MAX_BYTES = 4096;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] data, int off, int len) {
        int keep = Math.min(MAX_BYTES - kept.size(), len);
        if (keep > 0) {
            kept.write(data, off, keep);
        }
        if (keep < len) {
            truncated = true;
        }
    }

    /** The output kept so far, {@code ...} at the end when some was dropped. */
    @Override
    public synchronized String toString() {
        String out = kept.toString(StandardCharsets.UTF_8);
        return truncated ? out + "..." : out;
    }

    /** The kept form of a whole output. */
    public static String limit(byte[] all) {
        ProbeOutput out = new ProbeOutput();
        out.write(all, 0, all.length);
        return out.toString();
    }
}
