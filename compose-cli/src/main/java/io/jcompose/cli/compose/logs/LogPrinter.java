package io.jcompose.cli.compose.logs;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Interleaves the output of several containers as docker compose v2 does: each line whole, led by
 * {@code web-1  | } (names padded to the longest one plus a space), a colour per service on a terminal; stdout lines
 * to stdout, stderr lines to stderr. Thread-safe: the followers of all containers print through one printer.
 */
public final class LogPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final LogStyle style;
    private final Map<String, String> colourOfService = new HashMap<>();
    private final Map<String, String> colourOfName = new HashMap<>();
    private int width;

    public LogPrinter(PrintWriter out, PrintWriter err, LogStyle style) {
        this.out = out;
        this.err = err;
        this.style = style;
    }

    /** Makes {@code name} known before its first line, so that the prefixes of all containers align. */
    public synchronized void register(String name, String service) {
        width = Math.max(width, name.length() + 1);
        String colour = colourOfService.computeIfAbsent(service, s -> Colours.code(colourOfService.size()));
        colourOfName.putIfAbsent(name, colour);
    }

    /** One whole line of a container's output; {@code timestamp} is printed with {@code --timestamps}. */
    public void line(String name, String timestamp, String text, boolean stderr) {
        PrintWriter target = stderr ? err : out;
        synchronized (this) {
            StringBuilder b = new StringBuilder();
            if (style.prefix()) {
                b.append(paint(name, pad(name) + " | "));
            }
            if (style.timestamps() && !timestamp.isEmpty()) {
                b.append(timestamp).append(' ');
            }
            b.append(text);
            target.println(b);
            target.flush();
        }
    }

    /** A line about a container rather than from it: {@code web-1 exited with code 0}. */
    public synchronized void status(String name, String message) {
        out.println(paint(name, name) + " " + message);
        out.flush();
    }

    private String pad(String name) {
        return name.length() >= width ? name : name + " ".repeat(width - name.length());
    }

    private String paint(String name, String text) {
        String colour = colourOfName.get(name);
        return style.colour() && colour != null ? Colours.paint(colour, text) : text;
    }
}
