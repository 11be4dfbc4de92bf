package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;

/** Docker compose's plain progress: one line per finished or failed step, nothing for steps under way. */
record PlainProgress(PrintWriter out) implements Progress {

    @Override
    public void report(ProgressEvent event) {
        if (event.state() == ProgressEvent.State.WORKING) {
            return;
        }
        synchronized (out) {
            out.println(event.line());
            out.flush();
        }
    }
}
