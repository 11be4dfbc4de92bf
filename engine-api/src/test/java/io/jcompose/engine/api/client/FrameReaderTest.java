package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    /** Hands out at most {@code max} bytes per read, as a socket may. */
    private static InputStream trickle(byte[] data, int max) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(data)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, max));
            }
        };
    }

    @Test
    void splitsFramesOntoTheirStreamsWhateverTheReadSizes() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            Frames frames = new Frames();
            ByteArrayOutputStream wantOut = new ByteArrayOutputStream();
            ByteArrayOutputStream wantErr = new ByteArrayOutputStream();
            for (int i = random.nextInt(6); i >= 0; i--) {
                byte[] payload = new byte[random.nextInt(i == 0 ? 70_000 : 40)];
                random.nextBytes(payload);
                int stream = 1 + random.nextInt(2);
                frames.frame(stream, payload);
                (stream == 1 ? wantOut : wantErr).writeBytes(payload);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            new FrameReader(trickle(frames.bytes(), 1 + random.nextInt(9))).copy(out, err);
            assertThat(out.toByteArray()).isEqualTo(wantOut.toByteArray());
            assertThat(err.toByteArray()).isEqualTo(wantErr.toByteArray());
        }
    }

    @Test
    void anEmptyStreamIsNoOutputAndStdinFramesGoToStdout() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrameReader(InputStream.nullInputStream()).copy(out, out);
        assertThat(out.size()).isZero();
        new FrameReader(new ByteArrayInputStream(new Frames().frame(0, "in").frame(1, "").bytes())).copy(out, null);
        assertThat(out.toString()).isEqualTo("in");
    }

    @Test
    void aCutFrameOrAnEngineErrorFails() {
        byte[] frames = new Frames().frame(1, "hello").bytes();
        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(Arrays.copyOf(frames, 4)))
                .copy(new ByteArrayOutputStream(), new ByteArrayOutputStream()))
                .hasMessage("the engine's output stream ended inside a frame header (4 of 8 bytes)");
        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(Arrays.copyOf(frames, 10)))
                .copy(new ByteArrayOutputStream(), new ByteArrayOutputStream()))
                .hasMessage("the engine's output stream ended inside a frame (3 of 5 bytes missing)");
        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(new Frames().frame(3, "log file gone\n")
                .bytes())).copy(new ByteArrayOutputStream(), new ByteArrayOutputStream()))
                .hasMessage("log file gone");
        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(new Frames().frame(7, "x").bytes()))
                .copy(new ByteArrayOutputStream(), new ByteArrayOutputStream()))
                .hasMessage("the engine's output stream has a frame of unknown stream 7");
    }
}
