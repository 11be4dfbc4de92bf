package io.jcompose.cli.image;

import io.jcompose.engine.api.json.ProgressJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows a pull, push, load or import progress stream as the docker CLI does: on a terminal each layer keeps one
 * line that is rewritten in place (with the transfer bar); otherwise one plain line per status change, without
 * the transfer updates, so that logs stay short.
 */
public final class ProgressPrinter implements Consumer<ProgressJson> {

    private static final String ESC = "\u001b[";

    private final PrintWriter out;
    private final boolean terminal;
    private final List<String> layerLines = new ArrayList<>();

    public ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void accept(ProgressJson line) {
        if (line.aux() != null) {
            return;
        }
        if (line.stream() != null) {
            layerLines.clear();
            out.print(line.stream());
        } else if (line.id() != null && !line.id().isEmpty()) {
            layer(line);
        } else if (line.status() != null) {
            layerLines.clear();
            out.println(line.status());
        }
        out.flush();
    }

    private void layer(ProgressJson line) {
        boolean transfer = line.progressDetail() != null && line.progressDetail().total() != null;
        if (!terminal) {
            if (!transfer) {
                out.println(line.id() + ": " + line.status());
            }
            return;
        }
        String text = line.id() + ": " + line.status()
                + (transfer && line.progress() != null ? " " + line.progress() : "");
        int index = layerLines.indexOf(line.id());
        if (index < 0) {
            layerLines.add(line.id());
            out.println(text);
            return;
        }
        int up = layerLines.size() - index;
        out.print(ESC + up + "A" + "\r" + ESC + "2K" + text + "\r" + ESC + up + "B");
    }
}
