package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanUnitsTest {

    @Test
    void sizesHaveThreeSignificantDigitsInDecimalUnits() {
        assertThat(HumanUnits.size(0)).isEqualTo("0B");
        assertThat(HumanUnits.size(999)).isEqualTo("999B");
        assertThat(HumanUnits.size(1234)).isEqualTo("1.23kB");
        assertThat(HumanUnits.size(1_093_000)).isEqualTo("1.09MB");
        assertThat(HumanUnits.size(7_800_000)).isEqualTo("7.8MB");
        assertThat(HumanUnits.size(4_000_000)).isEqualTo("4MB");
        assertThat(HumanUnits.size(187_654_321)).isEqualTo("188MB");
        assertThat(HumanUnits.size(2_500_000_000L)).isEqualTo("2.5GB");
    }

    @Test
    void agesAreDockersWords() {
        assertThat(HumanUnits.ago(Duration.ofMillis(300))).isEqualTo("Less than a second ago");
        assertThat(HumanUnits.ago(Duration.ofSeconds(1))).isEqualTo("1 second ago");
        assertThat(HumanUnits.ago(Duration.ofSeconds(42))).isEqualTo("42 seconds ago");
        assertThat(HumanUnits.ago(Duration.ofSeconds(61))).isEqualTo("About a minute ago");
        assertThat(HumanUnits.ago(Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(HumanUnits.ago(Duration.ofMinutes(80))).isEqualTo("About an hour ago");
        assertThat(HumanUnits.ago(Duration.ofHours(2))).isEqualTo("2 hours ago");
        assertThat(HumanUnits.ago(Duration.ofHours(47))).isEqualTo("47 hours ago");
        assertThat(HumanUnits.ago(Duration.ofDays(3))).isEqualTo("3 days ago");
        assertThat(HumanUnits.ago(Duration.ofDays(20))).isEqualTo("2 weeks ago");
        assertThat(HumanUnits.ago(Duration.ofDays(90))).isEqualTo("3 months ago");
        assertThat(HumanUnits.ago(Duration.ofDays(365 * 3 + 10))).isEqualTo("3 years ago");
    }
}
