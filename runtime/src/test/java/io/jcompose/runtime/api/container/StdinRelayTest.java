package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The attach client's stdin on its way to a fake monitor: held until it listens, detach keys, StdinOnce. */
class StdinRelayTest {

    /** A monitor that starts listening after {@code refusals} attempts and records what reaches the container. */
    private static final class FakeMonitor implements StdinRelay.Target {
        final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final int refusals;
        boolean broken;

        FakeMonitor(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public Optional<StdinRelay.Sink> open() {
            if (attempts.incrementAndGet() <= refusals) {
                return Optional.empty();
            }
            return Optional.of(new StdinRelay.Sink() {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (broken) {
                        throw new IOException("Broken pipe");
                    }
                    stdin.write(bytes, offset, length);
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            });
        }

        String text() {
            return stdin.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void inputTypedBeforeTheMonitorListensArrivesAndTheEndClosesTheConnection() {
        FakeMonitor monitor = new FakeMonitor(3);
        StdinRelay relay = relay("hello\n", monitor, () -> false, new byte[0], true);
        assertThat(relay.run()).isEqualTo(StdinRelay.Outcome.ENDED);
        assertThat(monitor.text()).isEqualTo("hello\n");
        assertThat(monitor.attempts).hasValue(4);
        assertThat(monitor.closed).isTrue();
    }

    @Test
    void withStdinOnceAnEmptyStdinStillReachesTheContainerWithoutItNothingConnects() {
        FakeMonitor once = new FakeMonitor(0);
        assertThat(relay("", once, () -> false, new byte[0], true).run()).isEqualTo(StdinRelay.Outcome.ENDED);
        assertThat(once.closed).as("the container's stdin is closed").isTrue();
        FakeMonitor open = new FakeMonitor(0);
        assertThat(relay("", open, () -> false, new byte[0], false).run()).isEqualTo(StdinRelay.Outcome.ENDED);
        assertThat(open.attempts).hasValue(0);
    }

    @Test
    void aContainerThatIsGoneBeforeItListensOrAMonitorThatBreaksIsGone() {
        FakeMonitor never = new FakeMonitor(Integer.MAX_VALUE);
        AtomicInteger checks = new AtomicInteger();
        assertThat(relay("typed", never, () -> checks.incrementAndGet() > 2, new byte[0], false).run())
                .isEqualTo(StdinRelay.Outcome.GONE);
        FakeMonitor broken = new FakeMonitor(0);
        broken.broken = true;
        assertThat(relay("typed", broken, () -> false, new byte[0], false).run()).isEqualTo(StdinRelay.Outcome.GONE);
        assertThat(broken.closed).isTrue();
    }

    @Test
    void theDetachSequenceEndsTheRelayAndIsNotTyped() {
        FakeMonitor monitor = new FakeMonitor(0);
        assertThat(relay("ls\n\u0010x\u0010\u0010\u0011never", monitor, () -> false, DetachKeys.DEFAULT, false).run())
                .isEqualTo(StdinRelay.Outcome.DETACHED);
        assertThat(monitor.text()).isEqualTo("ls\n\u0010x\u0010");
    }

    @Test
    void detachKeysPassEverythingElseThroughWhateverTheChunking() {
        Random random = new Random(42);
        byte[] keys = {0x10, 0x11, 0x12};
        for (int round = 0; round < 200; round++) {
            byte[] input = new byte[random.nextInt(40)];
            for (int i = 0; i < input.length; i++) {
                input[i] = (byte) (0x10 + random.nextInt(4)); // many near misses
            }
            String text = new String(input, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("\u0010\u0011\u0012");
            String expected = at < 0 ? text : text.substring(0, at);
            DetachKeys detach = new DetachKeys(keys);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean detached = false;
            for (int offset = 0; offset < input.length && !detached; ) {
                int n = Math.min(input.length - offset, 1 + random.nextInt(5));
                detached = detach.feed(input, offset, n, out);
                offset += n;
            }
            assertThat(detached).as(text).isEqualTo(at >= 0);
            String passed = out.toString(StandardCharsets.ISO_8859_1);
            if (detached) {
                assertThat(passed).as(text).isEqualTo(expected);
            } else {
                assertThat(expected).as("held back at most a partial sequence").startsWith(passed);
                assertThat(expected.length() - passed.length()).isLessThan(keys.length);
            }
        }
    }

    private static StdinRelay relay(String typed, FakeMonitor monitor, java.util.function.BooleanSupplier gone,
            byte[] keys, boolean stdinOnce) {
        InputStream in = new ByteArrayInputStream(typed.getBytes(StandardCharsets.ISO_8859_1));
        return new StdinRelay(in, monitor, gone, keys, stdinOnce, Duration.ofMillis(1));
    }
}
