package io.jcompose.runtime.container.log;

import java.io.IOException;

/** A stage of the reader's pipeline; the offset (of the line in the file) orders lines for {@code tail}. */
@FunctionalInterface
interface RecordHandler {

    void record(LogRecord record, long offset) throws IOException;
}
