package io.jcompose.engine.api.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Docker's multiplexed stream back into frames, whatever sizes the transport's reads come in, so that the
 * CLI can split a container's logs into stdout and stderr again.
 */
public final class Demultiplexer {

    /** Larger frames than this are refused: a corrupt header must not make the client allocate gigabytes. */
    public static final int MAX_FRAME = 64 * 1024 * 1024;

    private final InputStream in;
    private final byte[] header = new byte[StreamFrames.HEADER_LENGTH];

    public Demultiplexer(InputStream in) {
        this.in = in;
    }

    /**
     * The next frame, or null at the end of the stream between frames. An end inside a frame, an unknown stream
     * type or an oversized length is an IOException naming what was read.
     */
    public Frame next() throws IOException {
        int got = readFully(header, header.length);
        if (got == 0) {
            return null;
        }
        if (got < header.length) {
            throw new IOException("stream ended inside a frame header: got " + got + " of 8 bytes");
        }
        StreamType type;
        try {
            type = StreamType.ofCode(header[0] & 0xff);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        long length = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                | (header[7] & 0xff);
        if (length > MAX_FRAME) {
            throw new IOException("frame of " + length + " bytes is larger than the limit of " + MAX_FRAME);
        }
        byte[] payload = new byte[(int) length];
        int read = readFully(payload, payload.length);
        if (read < payload.length) {
            throw new IOException("stream ended inside a " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " frame: got " + read + " of " + length + " payload bytes");
        }
        return new Frame(type, payload);
    }

    /**
     * Copies every frame to its stream until the end: stdout (and stdin echo) frames to {@code stdout}, stderr
     * frames to {@code stderr}, each flushed as it comes; a systemerr frame ends the copy with an IOException carrying its text.
     *
     * @return the number of payload bytes copied
     */
    public long copyTo(OutputStream stdout, OutputStream stderr) throws IOException {
        long total = 0;
        for (Frame f = next(); f != null; f = next()) {
            byte[] payload = f.payload();
            switch (f.type()) {
                case STDIN, STDOUT -> {
                    stdout.write(payload);
                    stdout.flush(); // a follower (logs -f) sees each line as it comes
                }
                case STDERR -> {
                    stderr.write(payload);
                    stderr.flush();
                }
                case SYSTEMERR -> throw new IOException(new String(payload, StandardCharsets.UTF_8).strip());
            }
            total += payload.length;
        }
        stdout.flush();
        stderr.flush();
        return total;
    }

    private int readFully(byte[] buf, int length) throws IOException {
        int off = 0;
        while (off < length) {
            int n = in.read(buf, off, length - off);
            if (n < 0) {
                break;
            }
            off += n;
        }
        return off;
    }
}
