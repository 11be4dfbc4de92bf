package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * Reads one container's conmon log for {@code docker logs}: tail, since/until, partial lines joined, and with
 * follow, new lines as the file grows (across conmon's rotation) until the container stops.
 */
public final class LogReader {

    public static final Duration DEFAULT_POLL = Duration.ofMillis(100);

    private final Path file;
    private final Duration poll;
    private final Clock clock;
    private final int tailBlock;

    public LogReader(Path file) {
        this(file, DEFAULT_POLL, Clock.systemUTC());
    }

    /**
     * @param poll how long a follower sleeps when it has caught up with the file
     * @param clock tells a follower when {@code until} has passed
     */
    public LogReader(Path file, Duration poll, Clock clock) {
        this(file, poll, clock, LineScanner.BUFFER);
    }

    /** With a small {@code tailBlock}, tests make the backward scan cross many block edges. */
    LogReader(Path file, Duration poll, Clock clock, int tailBlock) {
        this.file = file;
        this.poll = poll;
        this.clock = clock;
        this.tailBlock = tailBlock;
    }

    public Path file() {
        return file;
    }

    /** Reads what the log holds now (the query's follow flag is ignored). A missing file is an empty log. */
    public void read(LogQuery query, LogSink sink) throws IOException {
        try {
            read(query.withFollow(false), sink, () -> true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + file, e);
        }
    }

    /**
     * Reads the log for {@code query}; with follow, keeps reading until {@code stopped} returns true (the container
     * exited: conmon has written its last output) or {@code until} has passed, then reads what is left and returns.
     * The sink's IOException (the client went away) or an interrupt ends a follow early.
     */
    public void read(LogQuery query, LogSink sink, BooleanSupplier stopped) throws IOException, InterruptedException {
        RecordHandler out = (record, offset) -> {
            if (query.accepts(record)) {
                sink.write(record);
            }
        };
        LogFile log = LogFile.open(file);
        while (log == null && query.follow() && !finished(query, stopped)) {
            sink.flush();
            Thread.sleep(poll);
            log = LogFile.open(file);
        }
        if (log == null) {
            log = LogFile.open(file);
            if (log == null) {
                sink.flush();
                return;
            }
        }
        try (LogFile opened = log) {
            readOpen(query, sink, stopped, opened, out);
        } finally {
            sink.flush();
        }
    }

    private void readOpen(LogQuery query, LogSink sink, BooleanSupplier stopped, LogFile log, RecordHandler out)
            throws IOException, InterruptedException {
        LineScanner scanner = new LineScanner();
        OptionalInt tail = query.tail();
        LastLines last = tail.isPresent() ? new LastLines(tail.getAsInt()) : null;
        Target target = new Target(last != null ? last : out);
        PartialJoiner joiner = new PartialJoiner(target);
        long start = last == null ? 0 : new TailStart(tailBlock).find(log.channel(), tail.getAsInt());
        long position = scanner.scan(log.channel(), start, joiner);
        if (!query.follow()) {
            joiner.flush();
        }
        if (last != null) {
            last.drainTo(out);
            target.next = out;
        }
        if (query.follow()) {
            follow(query, sink, stopped, log, position, scanner, joiner);
            joiner.flush();
        }
    }

    /**
     * Reads new lines until the container stops. The stop signal is taken before each read, so everything written
     * before it fired is read. A replaced file (conmon's rotation) is read to its end, then the new one from its
     * start; a file shorter than the position (truncated in place) is read again from its start.
     */
    private void follow(LogQuery query, LogSink sink, BooleanSupplier stopped, LogFile first, long from,
            LineScanner scanner, PartialJoiner joiner) throws IOException, InterruptedException {
        LogFile log = first;
        long position = from;
        try {
            while (true) {
                boolean finish = finished(query, stopped);
                position = scanner.scan(log.channel(), position, joiner);
                LogFile.Change change = log.change(position);
                LogFile next = change == LogFile.Change.REPLACED ? LogFile.open(file) : null;
                if (next != null) {
                    scanner.scan(log.channel(), position, joiner);
                    if (log != first) {
                        log.close();
                    }
                    log = next;
                }
                if (next != null || change == LogFile.Change.TRUNCATED) {
                    scanner.reset();
                    position = 0;
                    continue;
                }
                if (finish) {
                    return;
                }
                sink.flush();
                Thread.sleep(poll);
            }
        } finally {
            if (log != first) {
                log.close();
            }
        }
    }

    private boolean finished(LogQuery query, BooleanSupplier stopped) {
        return stopped.getAsBoolean() || query.until().map(u -> clock.instant().isAfter(u)).orElse(false);
    }

    /** Where joined lines go: first the tail buffer, then straight out. */
    private static final class Target implements RecordHandler {
        RecordHandler next;

        Target(RecordHandler next) {
            this.next = next;
        }

        @Override
        public void record(LogRecord record, long offset) throws IOException {
            next.record(record, offset);
        }
    }
}
