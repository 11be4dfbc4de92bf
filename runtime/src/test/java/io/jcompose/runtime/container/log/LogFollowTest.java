package io.jcompose.runtime.container.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowTest {

    private static final Duration POLL = Duration.ofMillis(2);
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean stopped = new AtomicBoolean();

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private Future<?> follow(Path file, LogQuery query, LogSink sink) {
        LogReader reader = new LogReader(file, POLL, Clock.systemUTC());
        return threads.submit(() -> {
            reader.read(query.withFollow(true), sink, stopped::get);
            return null;
        });
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void followsAWriterLineByLineUntilTheContainerStops() throws Exception {
        RandomLog log = RandomLog.generate(11, 3_000, 0.2);
        Path file = dir.resolve("ctr.log");
        CollectingSink sink = new CollectingSink();
        Future<?> reading = follow(file, LogQuery.ALL, sink);
        Random random = new Random(12);
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.ofHoursMinutes(-3, -30))) {
            for (LogRecord r : log.records) {
                byte[] bytes = K8sFileLine.format(r, ZoneOffset.ofHoursMinutes(-3, -30));
                if (random.nextInt(10) == 0) {
                    int cut = random.nextInt(bytes.length);
                    writer.writeRaw(Arrays.copyOf(bytes, cut));
                    Thread.sleep(0, 200_000);
                    writer.writeRaw(Arrays.copyOfRange(bytes, cut, bytes.length));
                } else {
                    writer.writeRaw(bytes);
                }
                if (random.nextInt(100) == 0) {
                    Thread.sleep(3);
                }
            }
        }
        stopped.set(true);
        reading.get(10, TimeUnit.SECONDS);
        assertThat(sink.records()).isEqualTo(log.lines);
    }

    @Test
    void waitsForTheFileToAppear() throws Exception {
        Path file = dir.resolve("later.log");
        CollectingSink sink = new CollectingSink();
        Future<?> reading = follow(file, LogQuery.ALL, sink);
        Thread.sleep(20);
        assertThat(reading).isNotDone();
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            writer.write(LogRecord.of(T0, LogStream.STDOUT, "hello", false));
        }
        await(() -> sink.size() == 1);
        stopped.set(true);
        reading.get(10, TimeUnit.SECONDS);
        assertThat(sink.texts()).containsExactly("hello");
    }

    @Test
    void aStoppedContainerWithoutALogEndsAtOnce() throws Exception {
        stopped.set(true);
        CollectingSink sink = new CollectingSink();
        follow(dir.resolve("never.log"), LogQuery.ALL, sink).get(10, TimeUnit.SECONDS);
        assertThat(sink.records()).isEmpty();
    }

    @Test
    void followWithTailStartsWithTheLastLines() throws Exception {
        Path file = dir.resolve("ctr.log");
        List<String> expected = new ArrayList<>();
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            for (int i = 0; i < 50; i++) {
                writer.write(LogRecord.of(T0.plusSeconds(i), LogStream.STDOUT, "old " + i, false));
            }
            expected.addAll(List.of("old 47", "old 48", "old 49"));
            CollectingSink sink = new CollectingSink();
            Future<?> reading = follow(file, LogQuery.ALL.withTail(3), sink);
            await(() -> sink.size() == 3);
            for (int i = 0; i < 10; i++) {
                writer.write(LogRecord.of(T0.plusSeconds(100 + i), LogStream.STDERR, "new " + i, false));
                expected.add("new " + i);
            }
            await(() -> sink.size() == 13);
            stopped.set(true);
            reading.get(10, TimeUnit.SECONDS);
            assertThat(sink.texts()).isEqualTo(expected);
        }
    }

    @Test
    void survivesConmonsRotationAndATruncation() throws Exception {
        Path file = dir.resolve("ctr.log");
        CollectingSink sink = new CollectingSink();
        List<String> expected = new ArrayList<>();
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            Future<?> reading = follow(file, LogQuery.ALL, sink);
            int n = 0;
            for (; n < 200; n++) {
                writer.write(LogRecord.of(T0.plusMillis(n), LogStream.STDOUT, "first file line " + n, false));
                expected.add("first file line " + n);
            }
            writer.write(LogRecord.of(T0.plusMillis(n++), LogStream.STDOUT, "split ", true));
            await(() -> sink.size() == 200);

            writer.rotate();
            writer.write(LogRecord.of(T0.plusMillis(n++), LogStream.STDOUT, "across a rotation", false));
            expected.add("split across a rotation");
            for (int i = 0; i < 300; i++, n++) {
                writer.write(LogRecord.of(T0.plusMillis(n), LogStream.STDERR, "second file line " + i, false));
                expected.add("second file line " + i);
            }
            await(() -> sink.size() == 501);

            writer.truncate();
            for (int i = 0; i < 20; i++, n++) {
                writer.write(LogRecord.of(T0.plusMillis(n), LogStream.STDOUT, "after truncation " + i, false));
                expected.add("after truncation " + i);
            }
            await(() -> sink.size() == 521);
            writer.rotate();
            writer.write(LogRecord.of(T0.plusMillis(n), LogStream.STDOUT, "last words", true));
            expected.add("last words");
            stopped.set(true);
            reading.get(10, TimeUnit.SECONDS);
        }
        assertThat(sink.texts()).isEqualTo(expected);
        assertThat(sink.records().getLast().partial()).isTrue();
    }

    @Test
    void aFollowEndsWhenUntilHasPassed() throws Exception {
        Path file = dir.resolve("ctr.log");
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            writer.write(LogRecord.of(T0, LogStream.STDOUT, "in", false));
            writer.write(LogRecord.of(T0.plusSeconds(10), LogStream.STDOUT, "out", false));
        }
        CollectingSink sink = new CollectingSink();
        LogReader reader = new LogReader(file, POLL, Clock.fixed(T0.plusSeconds(20), ZoneOffset.UTC));
        reader.read(LogQuery.ALL.withFollow(true).withUntil(T0.plusSeconds(5)), sink, () -> false);
        assertThat(sink.texts()).containsExactly("in");
    }

    @Test
    void aClientThatGoesAwayEndsTheFollow() throws Exception {
        Path file = dir.resolve("ctr.log");
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            writer.write(LogRecord.of(T0, LogStream.STDOUT, "line", false));
        }
        LogSink broken = record -> {
            throw new IOException("Broken pipe");
        };
        Future<?> reading = follow(file, LogQuery.ALL, broken);
        assertThatThrownBy(() -> reading.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("Broken pipe");
    }

    @Test
    void anInterruptEndsTheFollow() throws Exception {
        Path file = dir.resolve("ctr.log");
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            writer.write(LogRecord.of(T0, LogStream.STDOUT, "line", false));
        }
        CollectingSink sink = new CollectingSink();
        Future<?> reading = follow(file, LogQuery.ALL, sink);
        await(() -> sink.size() == 1);
        reading.cancel(true);
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
