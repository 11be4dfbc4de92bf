package io.jcompose.runtime.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reads at most {@code limit} bytes and reports the running count now and then (every 256 KiB and at the end). */
final class ProgressInputStream extends FilterInputStream {

    private static final long STEP = 256 * 1024;

    private final long limit;
    private final LongConsumer onProgress;
    private long count;
    private long reported;

    ProgressInputStream(InputStream in, long limit, LongConsumer onProgress) {
        super(in);
        this.limit = limit;
        this.onProgress = onProgress;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (count >= limit) {
            report();
            return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, limit - count));
        if (n < 0) {
            report();
            return -1;
        }
        count += n;
        if (count - reported >= STEP || count == limit) {
            report();
        }
        return n;
    }

    private void report() {
        if (count != reported) {
            reported = count;
            onProgress.accept(count);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported on a progress stream");
    }
}
