package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import io.jcompose.runtime.sys.Terminal;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Runs one extra process in a running container until it exits: the side effect behind exec and health checks.
 * Real: {@link RuncExecRunner} ({@code runc exec}); tests without root use {@link FakeExecRunner}.
 */
public interface ExecRunner {

    /** Runs the process, streaming its output to the launch's sink; returns when it ended or was killed. */
    Exit run(Launch launch) throws IOException;

    /**
     * One run: the OCI process to start in runc's container {@code containerId}, stdin (null: /dev/null), the
     * sink, a timeout after which the process is killed, who learns its host PID once it is known, and (for a
     * process with a terminal) who gets the terminal to resize it.
     */
    record Launch(String containerId, ProcessJson process, InputStream stdin, OutputSink sink,
            Optional<Duration> timeout, LongConsumer onPid, Consumer<Terminal> onTerminal) {

        /** A launch without a terminal to hand out. */
        public Launch(String containerId, ProcessJson process, InputStream stdin, OutputSink sink,
                Optional<Duration> timeout, LongConsumer onPid) {
            this(containerId, process, stdin, sink, timeout, onPid, terminal -> { });
        }
    }

    /**
     * How a run ended: the exit code (128+signal when killed), whether the timeout killed it, and when the
     * process could not even start, why (the code is then 126, or 127 for a missing executable, as docker's).
     */
    record Exit(int exitCode, boolean timedOut, Optional<String> startError) {

        public static Exit of(int exitCode) {
            return new Exit(exitCode, false, Optional.empty());
        }
    }
}
