package io.jcompose.runtime.container.exec;

import java.io.IOException;
import java.io.InputStream;

/**
 * An exec claimed for its one run ({@link Execs#start}): the caller runs it with its own streams, on a plain
 * streamed response or on a hijacked connection, and it returns when the process ended.
 */
@FunctionalInterface
public interface ExecStart {

    /** Runs the exec; {@code stdin} is read only when the exec was created with stdin attached (null: none). */
    ExecRunner.Exit run(InputStream stdin, OutputSink sink) throws IOException;
}
