package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;

/** Where the executor reports what it does; thread-safe, as services run in parallel. */
@FunctionalInterface
public interface Progress {

    void report(ProgressEvent event);

    /** Plain lines (no TTY animation yet): finished and failed steps only. */
    static Progress plain(PrintWriter out) {
        return event -> {
            if (event.state() == ProgressEvent.State.WORKING) {
                return;
            }
            synchronized (out) {
                out.println(event.line());
                out.flush();
            }
        };
    }
}
