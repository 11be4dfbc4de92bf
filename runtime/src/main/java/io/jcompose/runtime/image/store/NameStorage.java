package io.jcompose.runtime.image.store;

import java.io.IOException;
import java.util.List;

/** Where the image index is kept between engine runs; the file form is written atomically. */
public interface NameStorage {

    List<NameEntry> load() throws IOException;

    void save(List<NameEntry> entries) throws IOException;

    /** Keeps the index in memory only, for unit tests. */
    static NameStorage inMemory() {
        return new NameStorage() {
            private List<NameEntry> entries = List.of();

            @Override
            public synchronized List<NameEntry> load() {
                return entries;
            }

            @Override
            public synchronized void save(List<NameEntry> newEntries) {
                entries = List.copyOf(newEntries);
            }
        };
    }
}
