package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;

/** Where the executor reports what it does; thread-safe, as services run in parallel. */
@FunctionalInterface
public interface Progress {

    void report(ProgressEvent event);

    /**
     * The renderer {@code --progress} chose for {@code out} ({@link ProgressMode}): plain lines (finished and failed
     * steps) unless a live block on a terminal, JSON lines or nothing was asked for.
     */
    static Progress of(PrintWriter out) {
        return ProgressMode.renderer(out);
    }
}
