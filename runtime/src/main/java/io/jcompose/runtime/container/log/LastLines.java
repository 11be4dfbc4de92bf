package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the last N lines by file position, so {@code tail} needs memory for N lines, not for the file. */
final class LastLines implements RecordHandler {

    private record Entry(LogRecord record, long offset) {
    }

    private final int capacity;
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(Comparator.comparingLong(Entry::offset));

    LastLines(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void record(LogRecord record, long offset) {
        if (capacity == 0) {
            return;
        }
        heap.add(new Entry(record, offset));
        if (heap.size() > capacity) {
            heap.poll();
        }
    }

    /** Hands the kept lines, oldest first, to {@code out} and forgets them. */
    void drainTo(RecordHandler out) throws IOException {
        List<Entry> entries = new ArrayList<>(heap);
        heap.clear();
        entries.sort(Comparator.comparingLong(Entry::offset));
        for (Entry e : entries) {
            out.record(e.record(), e.offset());
        }
    }
}
