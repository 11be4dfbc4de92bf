package io.jcompose.runtime.container.log;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it gets, safe to read from another thread. */
final class CollectingSink implements LogSink {

    private final List<LogRecord> records = new ArrayList<>();

    @Override
    public synchronized void write(LogRecord record) {
        records.add(record);
    }

    synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    synchronized int size() {
        return records.size();
    }

    synchronized List<String> texts() {
        return records.stream().map(LogRecord::text).toList();
    }
}
