package io.jcompose.cli.terminal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

/**
 * The user's terminal while a container process owns it (exec or run with {@code -t}): raw mode (keys, Ctrl-C
 * included, go to the process), its size, and size changes; restored as it was at the end. Java has no terminal
 * control of its own, so this runs {@code stty} on the terminal the CLI was started from.
 */
public final class LocalTerminal implements AutoCloseable {

    private final String saved;
    private sun.misc.SignalHandler previous;

    private LocalTerminal(String saved) {
        this.saved = saved;
    }

    /** True when both stdin and stdout are a terminal. */
    public static boolean present() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** Puts the terminal in raw mode; empty when there is no terminal or stty fails. */
    public static Optional<LocalTerminal> raw() {
        if (!present()) {
            return Optional.empty();
        }
        try {
            String saved = stty("-g").strip();
            stty("raw", "-echo");
            return Optional.of(new LocalTerminal(saved));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The terminal's size as [rows, columns], or empty when unknown. */
    public static Optional<List<Integer>> size() {
        try {
            String[] parts = stty("size").strip().split("\\s+");
            if (parts.length == 2) {
                int rows = Integer.parseInt(parts[0]);
                int columns = Integer.parseInt(parts[1]);
                return rows > 0 && columns > 0 ? Optional.of(List.of(rows, columns)) : Optional.empty();
            }
        } catch (IOException | NumberFormatException e) {
            // not a terminal after all
        }
        return Optional.empty();
    }

    /** Calls {@code resize(rows, columns)} on every window size change (SIGWINCH) until closed. */
    public void onResize(IntBinaryOperator resize) {
        previous = sun.misc.Signal.handle(new sun.misc.Signal("WINCH"),
                signal -> size().ifPresent(s -> resize.applyAsInt(s.get(0), s.get(1))));
    }

    @Override
    public void close() {
        if (previous != null) {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), previous);
        }
        try {
            stty(saved);
        } catch (IOException e) {
            System.err.println("could not restore the terminal: run 'stty sane'");
        }
    }

    private static String stty(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return out;
    }
}
