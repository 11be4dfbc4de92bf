package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Docker compose's live progress on a terminal: a block with a header ({@code [+] Running 3/5}) and one line per
 * resource with its state, a spinner while it works and its elapsed time, redrawn in place on every change and
 * ten times a second while something works.
 */
final class TtyProgress implements Progress {

    private static final String SPINNER = "\u280b\u2819\u2839\u2838\u283c\u2834\u2826\u2827\u2807\u280f";

    private final PrintWriter out;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final long begin = System.nanoTime();
    private int drawn;
    private Thread ticker;

    TtyProgress(PrintWriter out) {
        this.out = out;
    }

    private static final class Row {
        final String kind;
        final String name;
        final long start;
        String status;
        ProgressEvent.State state;
        long end;

        Row(ProgressEvent e) {
            kind = e.kind();
            name = e.name();
            start = System.nanoTime();
            status = e.status();
            state = e.state();
        }
    }

    @Override
    public synchronized void report(ProgressEvent event) {
        Row row = rows.computeIfAbsent(event.kind() + " " + event.name(), k -> new Row(event));
        row.status = event.status();
        row.state = event.state();
        row.end = event.state() == ProgressEvent.State.WORKING ? 0 : System.nanoTime();
        draw();
        if (ticker == null) {
            ticker = Thread.ofPlatform().daemon().name("progress").start(this::tick);
        }
    }

    private void tick() {
        try {
            while (true) {
                Thread.sleep(100);
                synchronized (this) {
                    if (rows.values().stream().anyMatch(r -> r.state == ProgressEvent.State.WORKING)) {
                        draw();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The block as it stands, in place of the one drawn before. */
    private void draw() {
        List<String> lines = lines(System.nanoTime());
        synchronized (out) {
            StringBuilder b = new StringBuilder();
            if (drawn > 0) {
                b.append("\u001b[").append(drawn).append('A');
            }
            for (String line : lines) {
                b.append('\r').append("\u001b[2K").append(line).append('\n');
            }
            out.print(b);
            out.flush();
        }
        drawn = lines.size();
    }

    /** The header and one line per resource, at time {@code now}. */
    List<String> lines(long now) {
        long finished = rows.values().stream().filter(r -> r.state != ProgressEvent.State.WORKING).count();
        List<String> lines = new ArrayList<>();
        lines.add("[+] Running " + finished + "/" + rows.size());
        int width = rows.values().stream().mapToInt(r -> r.kind.length() + 1 + r.name.length()).max().orElse(0);
        int frame = (int) ((now - begin) / 100_000_000L) % SPINNER.length();
        for (Row r : rows.values()) {
            String mark = switch (r.state) {
                case WORKING -> String.valueOf(SPINNER.charAt(frame));
                case DONE -> "\u2714";
                case ERROR -> "\u2718";
            };
            String label = r.kind + " " + r.name;
            double seconds = ((r.end == 0 ? now : r.end) - r.start) / 1e9;
            lines.add(" " + mark + " " + label + " ".repeat(width - label.length() + 1) + " "
                    + pad(r.status, 10) + String.format(" %5.1fs", seconds));
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
