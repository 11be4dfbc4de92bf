package io.jcompose.runtime.image.layer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Tells read failures of the layer stream (truncated gzip, corrupt tar) apart from failures writing the files, so
 * that the first become "corrupt layer" messages and the second stay plain I/O errors.
 */
final class Failures {

    /** A read failure of the stream in {@code format}. */
    static final class StreamFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Compression format;

        StreamFailure(Compression format, IOException cause) {
            super(cause.getMessage(), cause);
            this.format = format;
        }

        Compression format() {
            return format;
        }
    }

    private Failures() {}

    /** {@code in}, whose read failures become StreamFailures of {@code format} (unless already one). */
    static InputStream tag(InputStream in, Compression format) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw tagged(e, format);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw tagged(e, format);
                }
            }

            @Override
            public long skip(long n) throws IOException {
                try {
                    return super.skip(n);
                } catch (IOException e) {
                    throw tagged(e, format);
                }
            }
        };
    }

    /** The next tar entry; a corrupt header becomes a StreamFailure of the tar format. */
    static TarArchiveEntry nextEntry(TarArchiveInputStream tar) throws IOException {
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            throw tagged(e, Compression.NONE);
        } catch (IllegalArgumentException e) {
            throw new StreamFailure(Compression.NONE, new IOException(e.getMessage(), e));
        }
    }

    private static StreamFailure tagged(IOException e, Compression format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamFailure failure) {
                return failure;
            }
        }
        return new StreamFailure(format, e);
    }
}
