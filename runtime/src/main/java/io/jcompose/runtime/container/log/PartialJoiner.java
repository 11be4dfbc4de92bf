package io.jcompose.runtime.container.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Joins conmon's {@code P} pieces with the {@code F} record that ends them into one line per stream, as docker
 * shows them; pieces of stdout and stderr may interleave.
 */
final class PartialJoiner implements RecordHandler {

    /** A line longer than this is passed on in pieces rather than held in memory whole. */
    static final int MAX_LINE = 1024 * 1024;

    private final RecordHandler next;
    private final Map<LogStream, Pending> pending = new EnumMap<>(LogStream.class);

    PartialJoiner(RecordHandler next) {
        this.next = next;
    }

    @Override
    public void record(LogRecord record, long offset) throws IOException {
        Pending p = pending.get(record.stream());
        if (p == null && !record.partial()) {
            next.record(record, offset);
            return;
        }
        if (p == null) {
            p = new Pending(record.time());
            pending.put(record.stream(), p);
        }
        p.bytes.writeBytes(record.content());
        p.lastOffset = offset;
        if (!record.partial() || p.bytes.size() >= MAX_LINE) {
            pending.remove(record.stream());
            next.record(new LogRecord(p.time, record.stream(), p.bytes.toByteArray(), record.partial()), offset);
        }
    }

    /** Passes on the lines still waiting for their end (the container stopped mid-line), as partial lines. */
    void flush() throws IOException {
        List<Map.Entry<LogStream, Pending>> open = new ArrayList<>(pending.entrySet());
        pending.clear();
        open.sort(Comparator.comparingLong(e -> e.getValue().lastOffset));
        for (Map.Entry<LogStream, Pending> e : open) {
            Pending p = e.getValue();
            next.record(new LogRecord(p.time, e.getKey(), p.bytes.toByteArray(), true), p.lastOffset);
        }
    }

    private static final class Pending {
        final Instant time;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long lastOffset;

        Pending(Instant time) {
            this.time = time;
        }
    }
}
