package io.jcompose.engine.api.client;

/**
 * The query of {@code GET /containers/{id}/logs}: which streams, whether to follow, timestamps, the last
 * {@code tail} lines ({@code all} or a number) and a time window; {@code since} and {@code until} are unix seconds
 * as the API takes them ({@code 1700000000} or {@code 1700000000.5}), empty for no bound.
 */
public record LogsOptions(boolean stdout, boolean stderr, boolean follow, boolean timestamps, String tail,
        String since, String until) {

    public LogsOptions {
        tail = tail == null || tail.isEmpty() ? "all" : tail;
        since = since == null ? "" : since;
        until = until == null ? "" : until;
    }

    /** Both streams, everything there is, no follow: {@code docker logs} without flags. */
    public static LogsOptions all() {
        return new LogsOptions(true, true, false, false, "all", "", "");
    }

    public LogsOptions withFollow(boolean on) {
        return new LogsOptions(stdout, stderr, on, timestamps, tail, since, until);
    }

    public LogsOptions withTimestamps(boolean on) {
        return new LogsOptions(stdout, stderr, follow, on, tail, since, until);
    }

    public LogsOptions withTail(String lines) {
        return new LogsOptions(stdout, stderr, follow, timestamps, lines, since, until);
    }

    public LogsOptions withWindow(String from, String to) {
        return new LogsOptions(stdout, stderr, follow, timestamps, tail, from, to);
    }
}
