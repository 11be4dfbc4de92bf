package io.jcompose.cli.compose.logs;

/**
 * How log lines look, from {@code --no-color}/{@code --ansi}, {@code --no-log-prefix} and {@code --timestamps}: one
 * value so that {@code logs} and attached {@code up} print alike.
 */
public record LogStyle(boolean colour, boolean prefix, boolean timestamps) {

    public static final LogStyle PLAIN = new LogStyle(false, true, false);
}
