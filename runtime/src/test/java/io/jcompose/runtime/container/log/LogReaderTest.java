package io.jcompose.runtime.container.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.stream.Demultiplexer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogReaderTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    private Path log(String... lines) throws IOException {
        Path file = dir.resolve("ctr.log");
        Files.writeString(file, String.join("", lines));
        return file;
    }

    private static String line(int second, String stream, String tag, String text) {
        return String.format("2026-11-25T12:00:%02d.000000000+00:00 %s %s %s%n", second, stream, tag, text);
    }

    private static List<LogRecord> read(Path file, LogQuery query) throws IOException {
        CollectingSink sink = new CollectingSink();
        new LogReader(file).read(query, sink);
        return sink.records();
    }

    private static LogRecord rec(int second, LogStream stream, String text, boolean partial) {
        return LogRecord.of(T0.plusSeconds(second), stream, text, partial);
    }

    @Test
    void joinsPiecesOfALinePerStreamAndEndsWithTheUnfinishedLine() throws IOException {
        Path file = log(
                line(0, "stdout", "F", "out"),
                line(1, "stdout", "P", "part"),
                line(2, "stderr", "F", "err"),
                line(3, "stdout", "P", "ial"),
                line(4, "stdout", "F", " more"),
                line(5, "stderr", "P", "no newline"));
        assertThat(read(file, LogQuery.ALL)).containsExactly(
                rec(0, LogStream.STDOUT, "out", false),
                rec(2, LogStream.STDERR, "err", false),
                rec(1, LogStream.STDOUT, "partial more", false),
                rec(5, LogStream.STDERR, "no newline", true));
    }

    @Test
    void skipsBadLinesAndLeavesATornLastLineForLater() throws IOException {
        Path file = log(
                line(0, "stdout", "F", "one"),
                "this is not a record\n",
                "\n",
                line(1, "stdout", "F", "two"),
                "2026-11-25T12:00:02.000000000+00:00 stdout F thr");
        assertThat(read(file, LogQuery.ALL)).extracting(LogRecord::text).containsExactly("one", "two");
        Files.writeString(file, "ee\n", StandardOpenOption.APPEND);
        assertThat(read(file, LogQuery.ALL)).extracting(LogRecord::text).containsExactly("one", "two", "three");
    }

    @Test
    void skipsALineLongerThanAnyConmonWrites() throws IOException {
        Path file = log(line(0, "stdout", "F", "before"), "x".repeat(3 * LineScanner.BUFFER + 17) + "\n",
                line(1, "stdout", "F", "after"));
        assertThat(read(file, LogQuery.ALL)).extracting(LogRecord::text).containsExactly("before", "after");
        assertThat(read(file, LogQuery.ALL.withTail(1))).extracting(LogRecord::text).containsExactly("after");
        assertThat(read(file, LogQuery.ALL.withTail(5))).extracting(LogRecord::text)
                .containsExactly("before", "after");
    }

    @Test
    void aMissingFileIsAnEmptyLog() throws IOException {
        assertThat(read(dir.resolve("none.log"), LogQuery.ALL)).isEmpty();
    }

    @Test
    void selectsStreams() throws IOException {
        Path file = log(line(0, "stdout", "F", "out"), line(1, "stderr", "F", "err"));
        assertThat(read(file, LogQuery.ALL.withStreams(false, true))).extracting(LogRecord::text)
                .containsExactly("err");
        assertThat(read(file, LogQuery.ALL.withStreams(true, false))).extracting(LogRecord::text)
                .containsExactly("out");
    }

    @Test
    void sinceAndUntilIncludeTheirEnds() throws IOException {
        Path file = log(line(0, "stdout", "F", "a"), line(1, "stdout", "F", "b"), line(2, "stdout", "F", "c"),
                line(3, "stdout", "F", "d"));
        assertThat(read(file, LogQuery.ALL.withSince(T0.plusSeconds(1)))).extracting(LogRecord::text)
                .containsExactly("b", "c", "d");
        assertThat(read(file, LogQuery.ALL.withUntil(T0.plusSeconds(2)))).extracting(LogRecord::text)
                .containsExactly("a", "b", "c");
        assertThat(read(file, LogQuery.ALL.withSince(T0.plusMillis(500)).withUntil(T0.plusMillis(2500))))
                .extracting(LogRecord::text).containsExactly("b", "c");
    }

    @Test
    void aJoinedLineHasTheTimeOfItsFirstPiece() throws IOException {
        Path file = log(line(1, "stdout", "P", "a"), line(3, "stdout", "F", "b"));
        assertThat(read(file, LogQuery.ALL.withSince(T0.plusSeconds(2)))).isEmpty();
        assertThat(read(file, LogQuery.ALL.withUntil(T0.plusSeconds(2)))).containsExactly(
                rec(1, LogStream.STDOUT, "ab", false));
    }

    @Test
    void tailIsAppliedBeforeSinceAsDockerDoes() throws IOException {
        Path file = log(line(0, "stdout", "F", "a"), line(1, "stdout", "F", "b"), line(2, "stdout", "F", "c"));
        assertThat(read(file, LogQuery.ALL.withTail(2).withSince(T0.plusSeconds(2)))).extracting(LogRecord::text)
                .containsExactly("c");
        assertThat(read(file, LogQuery.ALL.withTail(2).withStreams(false, true))).isEmpty();
    }

    @Test
    void tailCountsALineStillBeingWritten() throws IOException {
        Path file = log(line(0, "stdout", "F", "a"), line(1, "stderr", "F", "b"), line(2, "stdout", "P", "c"),
                line(3, "stderr", "F", "d"));
        assertThat(read(file, LogQuery.ALL.withTail(2))).containsExactly(
                rec(2, LogStream.STDOUT, "c", true), rec(3, LogStream.STDERR, "d", false));
        assertThat(read(file, LogQuery.ALL.withTail(0))).isEmpty();
    }

    @Test
    void tailOfAHundredThousandLinesIsExactAndReadsOnlyTheEnd() throws IOException {
        RandomLog random = RandomLog.generate(4242, 100_000, 0.05);
        Path file = dir.resolve("big.log");
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.ofHours(2))) {
            random.writeTo(writer);
        }
        for (int n : new int[] {0, 1, 10, 1000, 99_999, 100_000, 250_000}) {
            assertThat(read(file, LogQuery.ALL.withTail(n))).as("tail %d", n).isEqualTo(random.last(n));
        }
        assertThat(read(file, LogQuery.ALL)).isEqualTo(random.lines);
        try (FileChannel ch = FileChannel.open(file)) {
            long start = new TailStart(LineScanner.BUFFER).find(ch, 10);
            assertThat(start).isGreaterThan(ch.size() - 4096);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 99, 2026})
    void tailMatchesTheEndOfAFullReadAcrossSmallBlocks(long seed) throws IOException {
        RandomLog random = RandomLog.generate(seed, 300, 0.3);
        Path file = dir.resolve("r" + seed + ".log");
        try (K8sLogWriter writer = new K8sLogWriter(file, ZoneOffset.UTC)) {
            random.writeTo(writer);
        }
        LogReader reader = new LogReader(file, Duration.ofMillis(10), Clock.systemUTC(), 400);
        for (int n = 0; n <= 310; n += 1 + n / 4) {
            CollectingSink sink = new CollectingSink();
            reader.read(LogQuery.ALL.withTail(n), sink);
            assertThat(sink.records()).as("seed %d tail %d", seed, n).isEqualTo(random.last(n));
        }
    }

    @Test
    void framesEachLineForTheApi() throws IOException {
        Path file = log(line(0, "stdout", "F", "out"), line(1, "stderr", "F", "err"),
                line(2, "stdout", "P", "partial"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new LogReader(file).read(LogQuery.ALL, new FramedLogSink(body, false, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Demultiplexer(new ByteArrayInputStream(body.toByteArray())).copyTo(out, err);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "2026-11-25T12:00:00.000000000Z out\n2026-11-25T12:00:02.000000000Z partial");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("2026-11-25T12:00:01.000000000Z err\n");
    }

    @Test
    void aTtyContainerGetsRawBytes() throws IOException {
        Path file = log(line(0, "stdout", "F", "out\r"), line(1, "stdout", "F", "two\r"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new LogReader(file).read(LogQuery.ALL, new FramedLogSink(body, true, false));
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("out\r\ntwo\r\n");
    }
}
