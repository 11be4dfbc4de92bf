package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.client.BuildOutput;
import java.io.PrintWriter;

/**
 * One service's build text as whole lines prefixed by the service, padded as {@code docker compose logs} pads
 * ({@code web  | Step 1/3 : FROM bb}); lines of builds running in parallel never interleave within a line.
 */
final class PrefixedOutput implements BuildOutput {

    private final PrintWriter out;
    private final String prefix;
    private final StringBuilder partial = new StringBuilder();

    PrefixedOutput(PrintWriter out, String service, int width) {
        this.out = out;
        this.prefix = service + " ".repeat(Math.max(0, width - service.length())) + "  | ";
    }

    @Override
    public void text(String text) {
        partial.append(text);
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, newline);
            partial.delete(0, newline + 1);
            print(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
    }

    /** Prints what is left without a line end (the stream ended mid-line). */
    void finish() {
        if (!partial.isEmpty()) {
            print(partial.toString());
            partial.setLength(0);
        }
    }

    private void print(String line) {
        synchronized (out) {
            out.println(prefix + line);
            out.flush();
        }
    }
}
