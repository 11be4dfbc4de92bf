package io.jcompose.runtime.container.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class K8sFileLineTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00.123456789Z");

    @Test
    void parsesAFullLine() {
        LogRecord r = K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stdout F hello world");
        assertThat(r).isEqualTo(LogRecord.of(NOON, LogStream.STDOUT, "hello world", false));
    }

    @Test
    void parsesAPartialLineOnStderr() {
        LogRecord r = K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stderr P partial");
        assertThat(r).isEqualTo(LogRecord.of(NOON, LogStream.STDERR, "partial", true));
    }

    @Test
    void keepsLeadingAndTrailingSpacesOfTheContent() {
        assertThat(K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stdout F  more  ").text())
                .isEqualTo(" more  ");
    }

    @Test
    void anEmptyLineHasNoContent() {
        assertThat(K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stdout F ").text()).isEmpty();
        assertThat(K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stdout F").text()).isEmpty();
    }

    @Test
    void readsTimesAtAnyOffset() {
        assertThat(K8sFileLine.parse("2026-11-25T06:57:06.191458456-05:00 stdout F x").time())
                .isEqualTo(Instant.parse("2026-11-25T11:57:06.191458456Z"));
        assertThat(K8sFileLine.parse("2026-11-25T17:30:00.000000001+05:30 stdout F x").time())
                .isEqualTo(Instant.parse("2026-11-25T12:00:00.000000001Z"));
        assertThat(K8sFileLine.parse("2026-01-01T00:59:59.5+01:00 stdout F x").time())
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.5Z"));
        assertThat(K8sFileLine.parse("2026-11-25T12:00:00Z stdout F x").time())
                .isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void acceptsCriTagsWithExtraParts() {
        assertThat(K8sFileLine.parse("2026-11-25T12:00:00.123456789+00:00 stdout P:extra text").partial()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "garbage",
        "2026-11-25T12:00:00.123456789+00:00",
        "2026-11-25T12:00:00.123456789+00:00 stdout",
        "2026-11-25T12:00:00.123456789+00:00 stdin F x",
        "2026-11-25T12:00:00.123456789+00:00 stdout X x",
        "2026-11-25T12:00:00.123456789+00:00 stdout FF x",
        "2026-11-25T12:00:00.123456789 stdout F x",
        "2026-11-25T12:00:00.1234567891+00:00 stdout F x",
        "2026-11-25T12:00:00.+00:00 stdout F x",
        "2026-02-30T12:00:00.123456789+00:00 stdout F x",
        "2026-11-25T24:00:00.123456789+00:00 stdout F x",
        "2026-11-25 12:00:00.123456789+00:00 stdout F x",
        "2026-11-25T12:00:00.123456789+0000 stdout F x",
        "x026-11-25T12:00:00.123456789+00:00 stdout F x",
        "2026-11-25T12:00:00.123456789+00:00  stdout F x",
    })
    void rejectsLinesThatAreNotRecords(String line) {
        assertThat(K8sFileLine.parse(line)).isNull();
    }

    @Test
    void keepsArbitraryBytes() {
        byte[] head = "2026-11-25T12:00:00.123456789+00:00 stdout F ".getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[head.length + 4];
        System.arraycopy(head, 0, line, 0, head.length);
        line[head.length] = (byte) 0xff;
        line[head.length + 1] = 0;
        line[head.length + 2] = '\r';
        line[head.length + 3] = (byte) 0x80;
        assertThat(K8sFileLine.parse(line, 0, line.length).content())
                .containsExactly((byte) 0xff, 0, '\r', (byte) 0x80);
    }

    @Test
    void formatsAsConmonDoes() {
        LogRecord r = LogRecord.of(NOON, LogStream.STDERR, "err", false);
        assertThat(new String(K8sFileLine.format(r, ZoneOffset.ofHours(-5)), StandardCharsets.UTF_8))
                .isEqualTo("2026-11-25T07:00:00.123456789-05:00 stderr F err\n");
        assertThat(new String(K8sFileLine.format(LogRecord.of(Instant.parse("2026-11-25T12:00:00Z"),
                LogStream.STDOUT, "p", true), ZoneOffset.UTC), StandardCharsets.UTF_8))
                .isEqualTo("2026-11-25T12:00:00.000000000+00:00 stdout P p\n");
    }

    @Test
    void formatAndParseRoundTripForRandomRecords() {
        Random random = new Random(20261125);
        for (int i = 0; i < 2_000; i++) {
            Instant time = Instant.ofEpochSecond(random.nextLong(4_102_444_800L), random.nextInt(1_000_000_000));
            byte[] content = new byte[random.nextInt(100)];
            random.nextBytes(content);
            for (int k = 0; k < content.length; k++) {
                if (content[k] == '\n') {
                    content[k] = 'n';
                }
            }
            LogRecord r = new LogRecord(time, random.nextBoolean() ? LogStream.STDOUT : LogStream.STDERR, content,
                    random.nextBoolean());
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 30 * 60);
            byte[] line = K8sFileLine.format(r, offset);
            assertThat(K8sFileLine.parse(line, 0, line.length - 1)).isEqualTo(r);
        }
    }

    @Test
    void payloadIsDockersLogLine() {
        LogRecord full = LogRecord.of(Instant.parse("2026-11-25T12:00:00.1Z"), LogStream.STDOUT, "text", false);
        assertThat(new String(full.payload(false), StandardCharsets.UTF_8)).isEqualTo("text\n");
        assertThat(new String(full.payload(true), StandardCharsets.UTF_8))
                .isEqualTo("2026-11-25T12:00:00.100000000Z text\n");
        LogRecord partial = LogRecord.of(Instant.parse("2026-11-25T12:00:00Z"), LogStream.STDOUT, "partial", true);
        assertThat(new String(partial.payload(true), StandardCharsets.UTF_8))
                .isEqualTo("2026-11-25T12:00:00.000000000Z partial");
    }
}
