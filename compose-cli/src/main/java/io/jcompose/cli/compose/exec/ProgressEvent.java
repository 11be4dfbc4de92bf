package io.jcompose.cli.compose.exec;

/**
 * One change of one resource during {@code up} or {@code down} ({@code Container quickstart-web-1 Started}); a
 * renderer turns the stream into lines, so that TTY, plain and JSON output can differ later.
 */
public record ProgressEvent(String kind, String name, String status, State state) {

    /** Whether the step is under way, done, or failed. */
    public enum State { WORKING, DONE, ERROR }

    public static ProgressEvent done(String kind, String name, String status) {
        return new ProgressEvent(kind, name, status, State.DONE);
    }

    public static ProgressEvent working(String kind, String name, String status) {
        return new ProgressEvent(kind, name, status, State.WORKING);
    }

    public static ProgressEvent error(String kind, String name, String status) {
        return new ProgressEvent(kind, name, status, State.ERROR);
    }

    /** Docker compose v2's plain line: {@code  ✔ Container quickstart-web-1  Started}. */
    public String line() {
        String mark = switch (state) {
            case DONE -> " \u2714 ";
            case ERROR -> " \u2718 ";
            case WORKING -> " ";
        };
        return mark + kind + " " + name + "  " + status;
    }
}
