package io.jcompose.runtime.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The small value types of containers: signals, restart policies and their back-off, sizes, names. */
class ContainerValuesTest {

    @ParameterizedTest
    @CsvSource({"SIGTERM,15", "TERM,15", "term,15", "15,15", "KILL,9", "SIGHUP,1", "USR1,10", "SIGRTMIN,34",
            "RTMIN+2,36", "RTMAX,64", "IOT,6", "9,9"})
    void signalsAreParsedLikeDockers(String text, int number) {
        assertThat(Signal.of(text).number()).isEqualTo(number);
    }

    @Test
    void badSignalsAreRefusedWithDockersMessage() {
        assertThatThrownBy(() -> Signal.of("SIGNOPE")).hasMessage("Invalid signal: SIGNOPE");
        assertThatThrownBy(() -> Signal.of("0")).hasMessage("Invalid signal: 0");
        assertThatThrownBy(() -> Signal.of("65")).hasMessage("Invalid signal: 65");
        assertThat(Signal.of("15")).hasToString("SIGTERM");
    }

    @ParameterizedTest
    @CsvSource({
        "no,0,1,0,false,false", "always,0,0,5,false,true", "always,0,1,0,true,false",
        "unless-stopped,0,1,0,false,true", "unless-stopped,0,1,0,true,false", "on-failure,0,1,9,false,true",
        "on-failure,0,0,0,false,false", "on-failure,3,1,2,false,true", "on-failure,3,1,3,false,false"})
    void restartPoliciesDecideLikeDockers(String name, int max, int exitCode, int restarts, boolean stopped,
            boolean restart) {
        assertThat(new RestartPolicy(name, max).restarts(exitCode, restarts, stopped)).isEqualTo(restart);
    }

    @Test
    void invalidRestartPoliciesAreRefused() {
        assertThatThrownBy(() -> new RestartPolicy("sometimes", 0)).hasMessage("invalid restart policy 'sometimes'");
        assertThatThrownBy(() -> new RestartPolicy("always", 3))
                .hasMessage("invalid restart policy: maximum retry count can only be used with 'on-failure'");
        assertThat(new RestartPolicy(null, 0).name()).isEqualTo("no");
        assertThat(new RestartPolicy("always", 0).startsWithEngine(true)).isTrue();
        assertThat(new RestartPolicy("unless-stopped", 0).startsWithEngine(true)).isFalse();
    }

    @Test
    void backOffDoublesUpToAMinuteAndResetsAfterTenSecondsOfRun() {
        Duration short1 = Duration.ofSeconds(1);
        Duration d = RestartPolicy.nextDelay(null, short1);
        assertThat(d).isEqualTo(Duration.ofMillis(100));
        for (int i = 0; i < 3; i++) {
            d = RestartPolicy.nextDelay(d, short1);
        }
        assertThat(d).isEqualTo(Duration.ofMillis(800));
        for (int i = 0; i < 20; i++) {
            d = RestartPolicy.nextDelay(d, short1);
        }
        assertThat(d).isEqualTo(Duration.ofMinutes(1));
        assertThat(RestartPolicy.nextDelay(d, Duration.ofSeconds(10))).isEqualTo(Duration.ofMillis(100));
    }

    @ParameterizedTest
    @CsvSource({"100,100", "1k,1024", "10m,10485760", "1.5g,1610612736", "2MB,2097152", "512KiB,524288"})
    void sizesUseBinaryUnits(String text, long bytes) {
        assertThat(ByteSize.parse(text)).isEqualTo(bytes);
    }

    @Test
    void namesFollowDockersRule() {
        assertThat(ContainerName.of("/web-1").value()).isEqualTo("web-1");
        assertThatThrownBy(() -> ContainerName.of("-x")).hasMessage(
                "Invalid container name (-x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        assertThat(ContainerName.random().value()).matches("[a-z]+_[a-z]+_[0-9]{3}");
        assertThat(ContainerId.random().shortId()).hasSize(12).doesNotMatch("[0-9]+");
    }
}
