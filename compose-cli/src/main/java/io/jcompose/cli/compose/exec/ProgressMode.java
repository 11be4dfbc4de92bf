package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The global {@code --progress} choice, docker compose's: {@code auto} (a live block on a terminal, plain lines
 * otherwise), {@code tty}, {@code plain}, {@code json}, {@code quiet}. Set once when the command line is parsed;
 * every renderer of one command writing to the same stream is the same object, so a TTY block is drawn once.
 */
public enum ProgressMode {
    AUTO, TTY, PLAIN, JSON, QUIET;

    private static volatile ProgressMode current = AUTO;
    private static volatile boolean terminal;
    private static final Map<PrintWriter, Progress> RENDERERS = new IdentityHashMap<>();

    /** Parses docker compose's names; a wrong one is the user's error, quoted. */
    public static ProgressMode of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unsupported --progress value \"" + text
                    + "\" (expected auto, tty, plain, json or quiet)");
        }
    }

    /** Chosen once per process, before any command runs; {@code stderrIsTerminal} decides {@code auto}. */
    public static void use(ProgressMode mode, boolean stderrIsTerminal) {
        synchronized (RENDERERS) {
            current = mode;
            terminal = stderrIsTerminal;
            RENDERERS.clear();
        }
    }

    /** The renderer for {@code out} under the chosen mode (the same one for every call with {@code out}). */
    static Progress renderer(PrintWriter out) {
        synchronized (RENDERERS) {
            return RENDERERS.computeIfAbsent(out, o -> switch (current) {
                case QUIET -> event -> { };
                case JSON -> new JsonProgress(o);
                case TTY -> new TtyProgress(o);
                case PLAIN -> new PlainProgress(o);
                case AUTO -> terminal ? new TtyProgress(o) : new PlainProgress(o);
            });
        }
    }
}
