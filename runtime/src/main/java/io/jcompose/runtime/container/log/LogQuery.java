package io.jcompose.runtime.container.log;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a {@code logs} call asks for, parsed once from docker's query parameters so that the reader never sees a
 * raw string.
 *
 * @param stdout include stdout lines
 * @param stderr include stderr lines
 * @param tail only the last N lines of the log (counted over both streams, before the other filters, as docker
 *     does); empty for all
 * @param since only lines at or after this time
 * @param until only lines at or before this time (a follow ends once the clock passes it)
 * @param timestamps prefix each line with its time (used by the framing, not by the reader)
 * @param follow keep reading as the container writes, until it stops
 */
public record LogQuery(boolean stdout, boolean stderr, OptionalInt tail, Optional<Instant> since,
        Optional<Instant> until, boolean timestamps, boolean follow) {

    /** Every line of both streams, no timestamps, no follow. */
    public static final LogQuery ALL =
            new LogQuery(true, true, OptionalInt.empty(), Optional.empty(), Optional.empty(), false, false);

    public LogQuery {
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (tail.isPresent() && tail.getAsInt() < 0) {
            throw new IllegalArgumentException("tail must not be negative: " + tail.getAsInt());
        }
    }

    /**
     * Parses docker's query parameters ({@code stdout}, {@code stderr}, {@code follow}, {@code timestamps},
     * {@code since}, {@code until}, {@code tail}); {@code param} returns a parameter's first value. Throws
     * IllegalArgumentException (a 400 for the API) with docker's message when neither stream is chosen, and when
     * {@code since} or {@code until} is not a unix time.
     */
    public static LogQuery fromApi(Function<String, Optional<String>> param) {
        boolean stdout = bool(param.apply("stdout"));
        boolean stderr = bool(param.apply("stderr"));
        if (!stdout && !stderr) {
            throw new IllegalArgumentException("Bad parameters: you must choose at least one stream");
        }
        return new LogQuery(stdout, stderr, parseTail(param.apply("tail").orElse("")),
                parseUnixTime("since", param.apply("since").orElse("")),
                parseUnixTime("until", param.apply("until").orElse("")),
                bool(param.apply("timestamps")), bool(param.apply("follow")));
    }

    /**
     * Docker's {@code tail}: a count of lines; {@code all}, empty, a negative number and anything that is not a
     * number mean every line (docker falls back to all rather than failing), and so does a count past 999999999.
     */
    public static OptionalInt parseTail(String value) {
        String v = value.strip();
        if (!v.matches("[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(v));
    }

    /**
     * A unix time as docker's API sends {@code since} and {@code until}: seconds with an optional fraction
     * ({@code 1700000000.123456789}; fewer digits are tenths, hundredths...; more than nine are cut). Empty and
     * {@code 0} mean no limit.
     */
    public static Optional<Instant> parseUnixTime(String name, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        String secondsText = dot < 0 ? value : value.substring(0, dot);
        String fraction = dot < 0 ? "" : value.substring(dot + 1);
        if (!secondsText.matches("-?[0-9]{1,18}") || (dot >= 0 && !fraction.matches("[0-9]+"))) {
            throw new IllegalArgumentException("invalid value for " + name + ": \"" + value
                    + "\" is not a unix time (SECONDS[.FRACTION])");
        }
        long seconds = Long.parseLong(secondsText);
        String nineDigits = (fraction + "000000000").substring(0, 9);
        long nanos = Long.parseLong(nineDigits);
        if (seconds == 0 && nanos == 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(seconds, nanos));
    }

    /** Whether lines of {@code stream} are wanted. */
    public boolean wants(LogStream stream) {
        return stream == LogStream.STDOUT ? stdout : stderr;
    }

    /** Whether a line written at {@code time} lies within since/until (both ends included, as docker does). */
    public boolean inWindow(Instant time) {
        return since.map(s -> !time.isBefore(s)).orElse(true) && until.map(u -> !time.isAfter(u)).orElse(true);
    }

    /** Whether the reader hands {@code record} to the sink. */
    public boolean accepts(LogRecord record) {
        return wants(record.stream()) && inWindow(record.time());
    }

    public LogQuery withFollow(boolean follow) {
        return new LogQuery(stdout, stderr, tail, since, until, timestamps, follow);
    }

    public LogQuery withTail(int lines) {
        return new LogQuery(stdout, stderr, OptionalInt.of(lines), since, until, timestamps, follow);
    }

    public LogQuery withSince(Instant time) {
        return new LogQuery(stdout, stderr, tail, Optional.of(time), until, timestamps, follow);
    }

    public LogQuery withUntil(Instant time) {
        return new LogQuery(stdout, stderr, tail, since, Optional.of(time), timestamps, follow);
    }

    public LogQuery withStreams(boolean stdout, boolean stderr) {
        return new LogQuery(stdout, stderr, tail, since, until, timestamps, follow);
    }

    public LogQuery withTimestamps(boolean timestamps) {
        return new LogQuery(stdout, stderr, tail, since, until, timestamps, follow);
    }

    /** Docker's boolean query values: empty, {@code 0}, {@code no}, {@code false}, {@code none} are false. */
    private static boolean bool(Optional<String> value) {
        String v = value.orElse("").strip().toLowerCase(Locale.ROOT);
        return !(v.isEmpty() || v.equals("0") || v.equals("no") || v.equals("false") || v.equals("none"));
    }
}
