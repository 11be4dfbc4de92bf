package io.jcompose.engine.api.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamFramesTest {

    @Test
    void headerIsTypeThreeZerosAndBigEndianLength() {
        assertThat(StreamFrames.header(StreamType.STDERR, 0x01020304))
                .containsExactly(2, 0, 0, 0, 1, 2, 3, 4);
        assertThat(StreamFrames.header(StreamType.STDOUT, 300)).containsExactly(1, 0, 0, 0, 0, 0, 1, 44);
    }

    @Test
    void writesOneFramePerCall() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamFrames.write(out, StreamType.STDOUT, "out\n".getBytes(StandardCharsets.UTF_8));
        StreamFrames.write(out, StreamType.STDERR, "xerrx".getBytes(StandardCharsets.UTF_8), 1, 3);
        StreamFrames.write(out, StreamType.STDERR, new byte[0]);
        assertThat(out.toByteArray()).containsExactly(1, 0, 0, 0, 0, 0, 0, 4, 'o', 'u', 't', '\n',
                2, 0, 0, 0, 0, 0, 0, 3, 'e', 'r', 'r');
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 20261125})
    void roundTripsRandomFramesThroughRandomlySplitReads(long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ByteArrayOutputStream expectedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream expectedErr = new ByteArrayOutputStream();
        List<Frame> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] payload = new byte[random.nextInt(random.nextBoolean() ? 20 : 5000) + 1];
            random.nextBytes(payload);
            StreamType type = random.nextBoolean() ? StreamType.STDOUT : StreamType.STDERR;
            StreamFrames.write(wire, type, payload);
            (type == StreamType.STDOUT ? expectedOut : expectedErr).write(payload);
            sent.add(new Frame(type, payload));
        }
        byte[] bytes = wire.toByteArray();

        Demultiplexer frames = new Demultiplexer(new ChoppyInputStream(bytes, new Random(seed + 1)));
        List<Frame> received = new ArrayList<>();
        for (Frame f = frames.next(); f != null; f = frames.next()) {
            received.add(f);
        }
        assertThat(received).isEqualTo(sent);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long copied = new Demultiplexer(new ChoppyInputStream(bytes, new Random(seed + 2))).copyTo(out, err);
        assertThat(out.toByteArray()).isEqualTo(expectedOut.toByteArray());
        assertThat(err.toByteArray()).isEqualTo(expectedErr.toByteArray());
        assertThat(copied).isEqualTo(expectedOut.size() + expectedErr.size());
    }

    @Test
    void anEmptyStreamHasNoFrames() throws IOException {
        assertThat(new Demultiplexer(InputStream.nullInputStream()).next()).isNull();
    }

    @Test
    void endInsideAHeaderIsAnError() {
        Demultiplexer d = new Demultiplexer(new ByteArrayInputStream(new byte[] {1, 0, 0}));
        assertThatThrownBy(d::next).isInstanceOf(IOException.class)
                .hasMessage("stream ended inside a frame header: got 3 of 8 bytes");
    }

    @Test
    void endInsideAPayloadIsAnError() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        StreamFrames.write(wire, StreamType.STDERR, "hello".getBytes(StandardCharsets.UTF_8));
        byte[] torn = Arrays.copyOf(wire.toByteArray(), 8 + 2);
        Demultiplexer d = new Demultiplexer(new ByteArrayInputStream(torn));
        assertThatThrownBy(d::next).isInstanceOf(IOException.class)
                .hasMessage("stream ended inside a stderr frame: got 2 of 5 payload bytes");
    }

    @Test
    void unknownStreamTypeIsAnError() {
        Demultiplexer d = new Demultiplexer(new ByteArrayInputStream(new byte[] {9, 0, 0, 0, 0, 0, 0, 1, 'x'}));
        assertThatThrownBy(d::next).isInstanceOf(IOException.class)
                .hasMessage("unknown stream type 9 in frame header");
    }

    @Test
    void oversizedFrameIsRefusedBeforeAllocating() {
        byte[] header = {1, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        Demultiplexer d = new Demultiplexer(new ByteArrayInputStream(header));
        assertThatThrownBy(d::next).isInstanceOf(IOException.class)
                .hasMessage("frame of 4294967295 bytes is larger than the limit of 67108864");
    }

    @Test
    void aSystemErrorFrameEndsTheCopyWithItsText() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        StreamFrames.write(wire, StreamType.STDOUT, "partial output\n".getBytes(StandardCharsets.UTF_8));
        StreamFrames.write(wire, StreamType.SYSTEMERR, "exec failed: no such file\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Demultiplexer d = new Demultiplexer(new ByteArrayInputStream(wire.toByteArray()));
        assertThatThrownBy(() -> d.copyTo(out, OutputStream.nullOutputStream())).isInstanceOf(IOException.class)
                .hasMessage("exec failed: no such file");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("partial output\n");
    }

    /** Hands out the bytes in reads of random sizes (0-bytes reads excluded), as a socket does. */
    private static final class ChoppyInputStream extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;

        ChoppyInputStream(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(random.nextBoolean() ? 3 : 700));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

}
