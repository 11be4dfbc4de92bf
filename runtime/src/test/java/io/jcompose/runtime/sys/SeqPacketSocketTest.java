package io.jcompose.runtime.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SEQPACKET client and the FIFO writer on real descriptors (a socket pair, a FIFO): no root needed. */
class SeqPacketSocketTest {

    @TempDir
    Path dir;

    @Test
    void eachSendIsOneMessageAndTheEndOfTheStreamReadsAsMinusOne() throws Exception {
        SeqPacketSocket[] pair = SeqPacketSocket.pair();
        try (SeqPacketSocket a = pair[0]; SeqPacketSocket b = pair[1]) {
            a.send("hello".getBytes(StandardCharsets.UTF_8), 0, 5);
            a.send("xxworldxx".getBytes(StandardCharsets.UTF_8), 2, 5);
            byte[] buffer = new byte[100];
            assertThat(text(buffer, b.receive(buffer))).isEqualTo("hello");
            assertThat(text(buffer, b.receive(buffer))).isEqualTo("world");
            a.shutdownOutput();
            assertThat(b.receive(buffer)).isEqualTo(-1);
        }
    }

    @Test
    void aPeerThatShutItsInputMakesSendsFailInsteadOfBlocking() throws Exception {
        SeqPacketSocket[] pair = SeqPacketSocket.pair();
        try (SeqPacketSocket a = pair[0]; SeqPacketSocket b = pair[1]) {
            b.shutdownInput();
            assertThatThrownBy(() -> a.send(new byte[] {1}, 0, 1)).hasMessageContaining("Broken pipe");
        }
    }

    @Test
    void closingFromAnotherThreadEndsAWaitingReceive() throws Exception {
        SeqPacketSocket[] pair = SeqPacketSocket.pair();
        try (SeqPacketSocket a = pair[0]) {
            SeqPacketSocket b = pair[1];
            CompletableFuture<Integer> received = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> {
                try {
                    received.complete(b.receive(new byte[10]));
                } catch (Exception e) {
                    received.completeExceptionally(e);
                }
            });
            Thread.sleep(100);
            b.close();
            assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
            assertThatThrownBy(() -> b.send(new byte[1], 0, 1)).hasMessage("socket \"pair[1]\" is closed");
        }
    }

    @Test
    void nothingListeningIsEmptyEvenBehindAPathLongerThanSunPath() throws Exception {
        Path deep = dir;
        while (deep.toString().length() < 150) {
            deep = deep.resolve("a-rather-long-directory-name");
        }
        Files.createDirectories(deep);
        assertThat(SeqPacketSocket.connect(deep, "attach")).isEmpty();
        assertThat(SeqPacketSocket.connect(dir.resolve("missing"), "attach")).isEmpty();
        Files.writeString(deep.resolve("attach"), "not a socket");
        assertThat(SeqPacketSocket.connect(deep, "attach")).as("refused").isEmpty();
        Path file = deep.resolve("attach");
        assertThatThrownBy(() -> SeqPacketSocket.connect(file, "attach"))
                .hasMessage("cannot open the directory of \"" + file.resolve("attach") + "\" failed: Not a directory");
    }

    @Test
    void aFifoIsWrittenOnlyWhileSomeoneReadsIt() throws Exception {
        Path fifo = dir.resolve("ctl");
        assertThat(Fifos.writeIfRead(fifo, new byte[] {'x'}, Duration.ZERO)).isFalse();
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(Fifos.writeIfRead(fifo, new byte[] {'x'}, Duration.ZERO)).as("no reader").isFalse();
        try (FileChannel reader = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(50);
                    ByteBuffer got = ByteBuffer.allocate(8);
                    reader.read(got);
                    return new String(Arrays.copyOf(got.array(), got.position()), StandardCharsets.US_ASCII);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long t0 = System.nanoTime();
            assertThat(Fifos.writeIfRead(fifo, "24 80\n".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5)))
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("waited for the reader to take it")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(40)).isLessThan(Duration.ofSeconds(4));
            assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo("24 80\n");
        }
    }

    private static String text(byte[] buffer, int n) {
        return new String(buffer, 0, n, StandardCharsets.UTF_8);
    }
}
