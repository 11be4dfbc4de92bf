package io.jcompose.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeDurationTest {

    @ParameterizedTest
    @CsvSource({
        "1m30s,1m30s", "90s,1m30s", "10s,10s", "1.5h,1h30m0s", "500ms,500ms", "2us,2µs", "2µs,2µs",
        "0,0s", "0s,0s", "1h,1h0m0s", "1m,1m0s", "1.5s,1.5s", "100ns,100ns", "1500us,1.5ms",
        "1d,24h0m0s", "1w,168h0m0s", "-1m,-1m0s", "+5s,5s", "1h2m3.004s,1h2m3.004s", ".5s,500ms",
        "2h45m,2h45m0s", "3000ms,3s",
    })
    void parsesAndPrintsLikeGo(String input, String canonical) {
        assertThat(ComposeDuration.of(input).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "10 s", "1x", "s", "1.2.3s", "-", "1m30", "999999999999h"})
    void rejectsInvalidDurations(String input) {
        assertThatThrownBy(() -> ComposeDuration.of(input)).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"" + input + "\" is not a valid duration (expected a number with a unit, e.g. 10s, "
                        + "1m30s, 500ms)");
    }

    @Test
    void canonicalFormParsesBackToTheSameValue() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            long nanos = random.nextLong() >> random.nextInt(40);
            ComposeDuration d = new ComposeDuration(nanos);
            assertThat(ComposeDuration.of(d.toString())).isEqualTo(d);
        }
    }
}
