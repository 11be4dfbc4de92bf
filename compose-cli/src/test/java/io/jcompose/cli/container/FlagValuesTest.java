package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docker's flag value syntaxes: sizes, CPUs, durations, restart policies, ulimits; valid, then invalid. */
class FlagValuesTest {

    @Test
    void sizesAreBinaryUnits() {
        Map<String, Long> valid = Map.of("64m", 67_108_864L, "1g", 1_073_741_824L, "1.5GiB", 1_610_612_736L,
                "512", 512L, "10 kb", 10_240L, "2T", 2_199_023_255_552L, "100b", 100L);
        valid.forEach((text, bytes) -> assertThat(ByteSize.of(text).bytes()).as(text).isEqualTo(bytes));
        for (String bad : new String[] {"64x", "", "-1m", "m", "1.m"}) {
            assertThatThrownBy(() -> ByteSize.of(bad)).as(bad).hasMessage("invalid size: \"" + bad
                    + "\" (expected a number and an optional unit b, k, m, g, t or p)");
        }
        assertThatThrownBy(() -> ByteSize.of("99999999p")).hasMessage("invalid size: \"99999999p\" (too large)");
    }

    @Test
    void cpusAreNanoCpus() {
        assertThat(NanoCpus.of("1.5").value()).isEqualTo(1_500_000_000L);
        assertThat(NanoCpus.of("0.000000001").value()).isEqualTo(1L);
        assertThat(NanoCpus.of("2").value()).isEqualTo(2_000_000_000L);
        assertThatThrownBy(() -> NanoCpus.of("0.0000000001"))
                .hasMessage("invalid CPU count: \"0.0000000001\" (too precise)");
        assertThatThrownBy(() -> NanoCpus.of("two")).hasMessage("invalid CPU count: \"two\" (expected a number "
                + "like 1.5)");
        assertThatThrownBy(() -> NanoCpus.of("-1")).hasMessage("invalid CPU count: \"-1\" (must not be negative)");
    }

    @Test
    void durationsAreGoSyntax() {
        Map<String, Long> valid = Map.of("30s", 30_000_000_000L, "1m30s", 90_000_000_000L, "500ms", 500_000_000L,
                "1.5h", 5_400_000_000_000L, "0", 0L, "2us", 2_000L, "1h2m3s4ms", 3_723_004_000_000L,
                "-1s", -1_000_000_000L);
        valid.forEach((text, nanos) -> assertThat(GoDuration.of(text).nanos()).as(text).isEqualTo(nanos));
        for (String bad : new String[] {"30", "", "1x", "s", "1m 30s", "1.5.2s"}) {
            assertThatThrownBy(() -> GoDuration.of(bad)).as(bad).hasMessage("invalid duration: \"" + bad
                    + "\" (expected a number and a unit, like 30s, 1m30s or 500ms)");
        }
    }

    @Test
    void restartPolicies() {
        assertThat(RestartPolicy.of("on-failure:3")).isEqualTo(new RestartPolicy("on-failure", 3));
        assertThat(RestartPolicy.of("always")).isEqualTo(new RestartPolicy("always", 0));
        assertThat(RestartPolicy.of("unless-stopped").toJson().name()).isEqualTo("unless-stopped");
        assertThatThrownBy(() -> RestartPolicy.of("sometimes")).hasMessage("invalid restart policy: \"sometimes\" "
                + "(expected no, always, unless-stopped or on-failure[:max-retries])");
        assertThatThrownBy(() -> RestartPolicy.of("always:3")).hasMessage("invalid restart policy: \"always:3\" "
                + "(a maximum retry count only goes with on-failure)");
        assertThatThrownBy(() -> RestartPolicy.of("on-failure:x")).hasMessage("invalid restart policy: "
                + "\"on-failure:x\" (the maximum retry count must be a number, 0 or more)");
    }

    @Test
    void ulimits() {
        assertThat(Ulimit.of("nofile=1024:2048")).isEqualTo(new Ulimit("nofile", 1024, 2048));
        assertThat(Ulimit.of("nproc=512")).isEqualTo(new Ulimit("nproc", 512, 512));
        assertThat(Ulimit.of("core=-1")).isEqualTo(new Ulimit("core", -1, -1));
        assertThatThrownBy(() -> Ulimit.of("nofile")).hasMessage("invalid ulimit: \"nofile\" "
                + "(expected NAME=SOFT[:HARD])");
        assertThatThrownBy(() -> Ulimit.of("nofile=2048:1024")).hasMessage("invalid ulimit: \"nofile=2048:1024\" "
                + "(the soft limit must not exceed the hard limit)");
        assertThatThrownBy(() -> Ulimit.of("nofile=a:b")).hasMessage("invalid ulimit: \"nofile=a:b\" "
                + "(limits must be numbers)");
    }
}
