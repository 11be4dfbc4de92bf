package io.jcompose.runtime.container.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerConfigJson.HealthcheckJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthConfigTest {

    private static final long S = 1_000_000_000L;

    private static Map<String, Object> image() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Test", List.of("CMD-SHELL", "curl -f http://localhost/"));
        m.put("Interval", 10 * S);
        m.put("Timeout", 2 * S);
        m.put("Retries", 5);
        m.put("StartPeriod", 20 * S);
        return m;
    }

    @Test
    void neitherContainerNorImageMeansNoCheck() {
        assertThat(HealthConfig.of(null, null)).isEmpty();
    }

    @Test
    void theImagesCheckAppliesWhenTheContainerHasNone() {
        HealthConfig c = HealthConfig.of(null, image()).orElseThrow();
        assertThat(c.test()).containsExactly("CMD-SHELL", "curl -f http://localhost/");
        assertThat(c.probeInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.probeTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.probeRetries()).isEqualTo(5);
        assertThat(c.probeStartPeriod()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.probeStartInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theContainersFieldsWinOneByOneAndZeroInherits() {
        HealthConfig c = HealthConfig.of(new HealthcheckJson(null, 3 * S, null, 0, null, S), image()).orElseThrow();
        assertThat(c.test()).containsExactly("CMD-SHELL", "curl -f http://localhost/");
        assertThat(c.probeInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.probeTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.probeRetries()).isEqualTo(5);
        assertThat(c.probeStartInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.toJson()).isEqualTo(new HealthcheckJson(List.of("CMD-SHELL", "curl -f http://localhost/"),
                3 * S, 2 * S, 5, 20 * S, S));
    }

    @Test
    void dockersDefaults() {
        HealthConfig c = HealthConfig.fromJson(new HealthcheckJson(List.of("CMD", "true"), null, null, null, null,
                null));
        assertThat(List.of(c.probeInterval(), c.probeTimeout(), c.probeStartPeriod(), c.probeStartInterval()))
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(5));
        assertThat(c.probeRetries()).isEqualTo(3);
    }

    @Test
    void noneDisablesTheImagesCheck() {
        HealthConfig c = HealthConfig.of(new HealthcheckJson(List.of("NONE"), null, null, null, null, null), image())
                .orElseThrow();
        assertThat(c.enabled()).isFalse();
        assertThat(HealthConfig.fromJson(new HealthcheckJson(List.of("CMD"), null, null, null, null, null)).enabled())
                .isFalse();
        assertThat(HealthConfig.fromJson(new HealthcheckJson(List.of("WHAT", "x"), null, null, null, null, null))
                .enabled()).isFalse();
    }

    @Test
    void shellFormRunsThroughTheShellAndExecFormAsItIs() {
        HealthConfig shell = HealthConfig.fromJson(new HealthcheckJson(List.of("CMD-SHELL", "test -f /ok || exit 1"),
                null, null, null, null, null));
        assertThat(shell.argv(List.of())).containsExactly("/bin/sh", "-c", "test -f /ok || exit 1");
        assertThat(shell.argv(null)).containsExactly("/bin/sh", "-c", "test -f /ok || exit 1");
        assertThat(shell.argv(List.of("/bin/bash", "-eo", "pipefail", "-c")))
                .containsExactly("/bin/bash", "-eo", "pipefail", "-c", "test -f /ok || exit 1");
        HealthConfig exec = HealthConfig.fromJson(new HealthcheckJson(List.of("CMD", "cat", "/ok"), null, null, null,
                null, null));
        assertThat(exec.argv(List.of("/bin/bash", "-c"))).containsExactly("cat", "/ok");
    }

    @Test
    void validationUsesDockersMessages() {
        assertThatThrownBy(() -> new HealthConfig(List.of("CMD", "x"), Duration.ofNanos(10), null, null, null, 0)
                .validate()).hasMessage("Interval in Healthcheck cannot be less than 1ms");
        assertThatThrownBy(() -> new HealthConfig(List.of("CMD", "x"), null, Duration.ofMillis(-5), null, null, 0)
                .validate()).hasMessage("Timeout in Healthcheck cannot be less than 1ms");
        assertThatThrownBy(() -> new HealthConfig(List.of("CMD", "x"), null, null, null, null, -1).validate())
                .hasMessage("Retries in Healthcheck cannot be negative");
        assertThatThrownBy(() -> new HealthConfig(List.of("CMD", "x"), null, null, Duration.ofNanos(1), null, 0)
                .validate()).hasMessage("StartPeriod in Healthcheck cannot be less than 1ms");
        assertThatThrownBy(() -> new HealthConfig(List.of("CMD", "x"), null, null, null, Duration.ofNanos(1), 0)
                .validate()).hasMessage("StartInterval in Healthcheck cannot be less than 1ms");
        new HealthConfig(List.of("CMD", "x"), Duration.ofMillis(1), null, null, null, 0).validate();
    }

    @Test
    void imageValuesMayBeAnyNumberType() {
        Map<String, Object> m = new LinkedHashMap<>(image());
        m.put("Interval", 7.0e9);
        m.put("Retries", 2L);
        HealthConfig c = HealthConfig.of(null, m).orElseThrow();
        assertThat(c.probeInterval()).isEqualTo(Duration.ofSeconds(7));
        assertThat(c.probeRetries()).isEqualTo(2);
    }

    @Test
    void goDurations() {
        assertThat(GoDuration.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(GoDuration.format(Duration.ofSeconds(60))).isEqualTo("1m0s");
        assertThat(GoDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(GoDuration.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(GoDuration.format(Duration.ofSeconds(150))).isEqualTo("2m30s");
        assertThat(GoDuration.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(GoDuration.format(Duration.ofNanos(1500))).isEqualTo("1.5µs");
        assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    }
}
