package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerSummaryJson.PortJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces of {@code ps} output: the PORTS column, Go quoting, names and images as docker shows them. */
class ListOutputTest {

    private static PortJson port(String ip, int priv, Integer pub, String type) {
        return new PortJson(ip, priv, pub, type);
    }

    @Test
    void portsCollapseIntoRangesAndRemappedPortsComeLast() {
        assertThat(PortsColumn.of(List.of())).isEmpty();
        assertThat(PortsColumn.of(List.of(port("0.0.0.0", 80, 80, "tcp"), port("0.0.0.0", 81, 81, "tcp"),
                port("0.0.0.0", 82, 82, "tcp")))).isEqualTo("0.0.0.0:80-82->80-82/tcp");
        assertThat(PortsColumn.of(List.of(port(null, 5001, null, "udp"), port(null, 5000, null, "udp"),
                port(null, 6000, null, "tcp")))).isEqualTo("5000-5001/udp, 6000/tcp");
        assertThat(PortsColumn.of(List.of(port("0.0.0.0", 80, 8080, "tcp"), port("::", 80, 8080, "tcp"),
                port(null, 443, null, "tcp")))).isEqualTo("443/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp");
        assertThat(PortsColumn.of(List.of(port(null, 1, null, "tcp"), port(null, 3, null, "tcp"))))
                .isEqualTo("1/tcp, 3/tcp");
    }

    @Test
    void goQuotingAndEllipsis() {
        assertThat(GoText.quote("sh -c \"echo\\n\"\n\t\u0001é")).isEqualTo("\"sh -c \\\"echo\\\\n\\\"\\n\\t\\x01é\"");
        assertThat(GoText.ellipsis("docker-entrypoint.sh postgres", 20)).isEqualTo("docker-entrypoint.s…");
        assertThat(GoText.ellipsis("short", 20)).isEqualTo("short");
    }

    @Test
    void rowsTruncateIdsImagesAndLinkNames() {
        var c = new ContainerSummaryJson("f".repeat(64), List.of("/other/link", "/web"),
                "busybox@sha256:" + "0".repeat(64), "sha256:1", "", 0, List.of(), Map.of("b", "2", "a", "1"),
                "exited", "Exited (0) 2 days ago", null, null, null);
        ContainerRow row = ContainerRow.of(c, false, Instant.ofEpochSecond(7200));
        assertThat(row.field("ID")).isEqualTo("ffffffffffff");
        assertThat(row.field("Image")).isEqualTo("busybox");
        assertThat(row.field("Names")).isEqualTo("web");
        assertThat(row.field("Command")).isEqualTo("\"\"");
        assertThat(row.field("Labels")).isEqualTo("a=1,b=2");
        assertThat(row.field("RunningFor")).isEqualTo("2 hours ago");
        assertThat(row.field("CreatedAt")).isEqualTo("1970-01-01 00:00:00 +0000 UTC");
        ContainerRow full = ContainerRow.of(c, true, Instant.ofEpochSecond(7200));
        assertThat(full.field("Names")).isEqualTo("other/link,web");
        assertThat(full.field("Image")).startsWith("busybox@sha256:");
        assertThat(ContainerRow.of(new ContainerSummaryJson("a", List.of("/a"), "sha256:" + "9".repeat(64), null,
                null, 0, null, null, null, null, null, null, null), false, Instant.EPOCH).field("Image"))
                .isEqualTo("999999999999");
    }

    @Test
    void nonTableTemplatesKeepTabsAndTableTemplatesAlign() {
        var c = new ContainerSummaryJson("abc", List.of("/web"), "busybox", null, "true", 0, null, null, "running",
                "Up", null, null, null);
        List<ContainerRow> rows = List.of(ContainerRow.of(c, false, Instant.EPOCH));
        assertThat(ListFormat.of("{{.Names}}\\t{{ .State }}").render(rows)).isEqualTo("web\trunning\n");
        assertThat(ListFormat.of("table {{.ID}}\\t{{.Status}}").render(rows))
                .isEqualTo("CONTAINER ID   STATUS\nabc            Up\n");
        assertThat(TabColumns.align(List.of("a\tbb\tc", "aaaaaaaaaaaa\tb"), TabColumns.FORMATTER_MIN_WIDTH)).isEqualTo(
                "a              bb        c\naaaaaaaaaaaa   b\n");
    }
}
