package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {

    @Test
    void charactersSplitAcrossWritesComeOutWhole() {
        String text = "héllo ✓ wörld 🎉 ".repeat(200);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            StringWriter sink = new StringWriter();
            WriterOutputStream out = new WriterOutputStream(new PrintWriter(sink));
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(5));
                out.write(bytes, at, n);
                at += n;
            }
            out.flush();
            assertThat(sink.toString()).isEqualTo(text);
        }
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        StringWriter sink = new StringWriter();
        WriterOutputStream out = new WriterOutputStream(new PrintWriter(sink));
        out.write(new byte[] {'a', (byte) 0xff, 'b'}, 0, 3);
        out.flush();
        assertThat(sink.toString()).isEqualTo("a\uFFFDb");
    }
}
