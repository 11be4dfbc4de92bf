package io.jcompose.cli.container;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Container output (bytes) onto the CLI's writers: UTF-8 decoded across write boundaries, so a character split
 * between two frames still comes out whole; invalid bytes become U+FFFD.
 */
public final class WriterOutputStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    public WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        while (pending.position() > 0 && in.hasRemaining()) {
            pending.put(in.get());
            pending.flip();
            decode(pending);
            pending.compact();
        }
        decode(in);
        while (in.hasRemaining()) {
            pending.put(in.get());
        }
    }

    private void decode(ByteBuffer in) {
        while (true) {
            var result = decoder.decode(in, chars, false);
            chars.flip();
            writer.append(chars);
            chars.clear();
            if (!result.isOverflow()) {
                return;
            }
        }
    }

    @Override
    public void flush() {
        writer.flush();
    }
}
