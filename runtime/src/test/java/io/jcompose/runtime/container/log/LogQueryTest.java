package io.jcompose.runtime.container.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogQueryTest {

    private static LogQuery query(Map<String, String> params) {
        return LogQuery.fromApi(name -> Optional.ofNullable(params.get(name)));
    }

    @Test
    void readsEveryParameter() {
        LogQuery q = query(Map.of("stdout", "1", "stderr", "true", "follow", "1", "timestamps", "1",
                "since", "1700000000.123456789", "until", "1700000100", "tail", "10"));
        assertThat(q).isEqualTo(new LogQuery(true, true, OptionalInt.of(10),
                Optional.of(Instant.ofEpochSecond(1_700_000_000L, 123_456_789)),
                Optional.of(Instant.ofEpochSecond(1_700_000_100L)), true, true));
    }

    @Test
    void defaultsAreDockers() {
        LogQuery q = query(Map.of("stdout", "1"));
        assertThat(q).isEqualTo(new LogQuery(true, false, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                false, false));
    }

    @Test
    void needsAStream() {
        assertThatThrownBy(() -> query(Map.of("stdout", "0", "stderr", "false", "follow", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bad parameters: you must choose at least one stream");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, false", "'', false", "0, false", "no, false", "False, false", "NONE, false",
        "1, true", "true, true", "yes, true", "anything, true",
    })
    void booleansFollowDocker(String value, boolean expected) {
        Map<String, String> params = value == null ? Map.of("stdout", "1") : Map.of("stdout", "1", "follow", value);
        assertThat(query(params).follow()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1700000000, 1700000000, 0",
        "1700000000.123456789, 1700000000, 123456789",
        "1700000000.5, 1700000000, 500000000",
        "1700000000.000000001, 1700000000, 1",
        "1700000000.1234567891, 1700000000, 123456789",
        "-5, -5, 0",
    })
    void unixTimesAreSecondsWithAFraction(String value, long seconds, int nanos) {
        assertThat(LogQuery.parseUnixTime("since", value)).contains(Instant.ofEpochSecond(seconds, nanos));
    }

    @Test
    void zeroAndEmptyMeanNoLimit() {
        assertThat(LogQuery.parseUnixTime("since", "")).isEmpty();
        assertThat(LogQuery.parseUnixTime("since", "0")).isEmpty();
        assertThat(LogQuery.parseUnixTime("until", "0.000")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10m", "2026-11-25T12:00:00Z", "1.", ".5", "1.2.3", "1e9", "12345678901234567890"})
    void rejectsWhatIsNotAUnixTime(String value) {
        assertThatThrownBy(() -> LogQuery.parseUnixTime("since", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid value for since: \"" + value + "\" is not a unix time (SECONDS[.FRACTION])");
    }

    @Test
    void badSinceIsAnErrorFromTheApi() {
        assertThatThrownBy(() -> query(Map.of("stdout", "1", "until", "yesterday")))
                .hasMessage("invalid value for until: \"yesterday\" is not a unix time (SECONDS[.FRACTION])");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "all, NULL", "'', NULL", "-1, NULL", "ten, NULL", "0, 0", "10, 10", "' 25 ', 25", "9999999999, NULL",
    })
    void tailIsACountOrAll(String value, Integer expected) {
        assertThat(LogQuery.parseTail(value))
                .isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    }

    @Test
    void windowIncludesBothEnds() {
        Instant since = Instant.parse("2026-11-25T12:00:00Z");
        Instant until = Instant.parse("2026-11-25T12:00:10Z");
        LogQuery q = LogQuery.ALL.withSince(since).withUntil(until);
        assertThat(q.inWindow(since)).isTrue();
        assertThat(q.inWindow(until)).isTrue();
        assertThat(q.inWindow(since.minusNanos(1))).isFalse();
        assertThat(q.inWindow(until.plusNanos(1))).isFalse();
    }

    @Test
    void aNegativeTailIsRefused() {
        assertThatThrownBy(() -> LogQuery.ALL.withTail(-1)).hasMessage("tail must not be negative: -1");
    }
}
