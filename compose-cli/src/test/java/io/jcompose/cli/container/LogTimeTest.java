package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogTimeTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final ZoneId ZONE = ZoneOffset.ofHours(2);

    private static String api(String value) {
        return LogTime.toApi("--since", value, NOW, ZONE);
    }

    @Test
    void relativeAbsoluteAndUnixForms() {
        assertThat(api(null)).isEmpty();
        assertThat(api("10m")).isEqualTo(Long.toString(NOW.getEpochSecond() - 600));
        assertThat(api("1h30m")).isEqualTo(Long.toString(NOW.getEpochSecond() - 5400));
        assertThat(api("1700000000")).isEqualTo("1700000000");
        assertThat(api("1700000000.25")).isEqualTo("1700000000.25");
        assertThat(api("2024-01-02T03:04:05Z")).isEqualTo("1704164645");
        assertThat(api("2024-01-02T03:04:05.5+01:00")).isEqualTo("1704161045.500000000");
        assertThat(api("2024-01-02T05:04:05")).isEqualTo("1704164645");
        assertThat(api("2024-01-02")).isEqualTo(Long.toString(Instant.parse("2024-01-01T22:00:00Z")
                .getEpochSecond()));
    }

    @Test
    void anythingElseIsRefusedNamingTheFlag() {
        assertThatThrownBy(() -> api("yesterday")).hasMessage("--since: invalid time: \"yesterday\" (expected a "
                + "duration like 10m, an RFC 3339 time like 2024-01-02T15:04:05Z, or unix seconds)");
    }
}
