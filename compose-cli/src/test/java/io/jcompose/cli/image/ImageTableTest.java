package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ImageSummaryJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageTableTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String ID_A = "sha256:" + "a1b2c3d4e5f6".repeat(5) + "abcd";
    private static final String ID_B = "sha256:" + "0123456789ab".repeat(5) + "cdef";

    private static ImageSummaryJson image(String id, List<String> tags, List<String> digests, long agoSeconds,
            long size) {
        return new ImageSummaryJson(id, "", tags, digests, NOW.getEpochSecond() - agoSeconds, size, -1, Map.of(), -1);
    }

    private final List<ImageSummaryJson> images = List.of(
            image(ID_A, List.of("alpine:3", "127.0.0.1:5000/alpine:latest", "alpine:latest"),
                    List.of("alpine@sha256:d1"), 7200, 7_800_000),
            image(ID_B, List.of(), List.of(), 3 * 86400, 1_093_000));

    @Test
    void aTableRowPerTagWithDanglingImagesAsNone() {
        assertThat(new ImageTable(images, false, false, NOW).table()).isEqualTo("""
                REPOSITORY              TAG       IMAGE ID       CREATED       SIZE
                127.0.0.1:5000/alpine   latest    a1b2c3d4e5f6   2 hours ago   7.8MB
                alpine                  3         a1b2c3d4e5f6   2 hours ago   7.8MB
                alpine                  latest    a1b2c3d4e5f6   2 hours ago   7.8MB
                <none>                  <none>    0123456789ab   3 days ago    1.09MB
                """);
    }

    @Test
    void digestsAddAColumnAndDigestOnlyNamesGetTheirOwnRow() {
        List<ImageSummaryJson> pulled = List.of(image(ID_A, List.of("alpine:3"),
                List.of("alpine@sha256:d1", "other@sha256:d2"), 60, 5));
        assertThat(new ImageTable(pulled, true, false, NOW).table()).isEqualTo("""
                REPOSITORY   TAG       DIGEST      IMAGE ID       CREATED              SIZE
                alpine       3         sha256:d1   a1b2c3d4e5f6   About a minute ago   5B
                other        <none>    sha256:d2   a1b2c3d4e5f6   About a minute ago   5B
                """);
        assertThat(new ImageTable(pulled, false, false, NOW).table()).contains("other        <none>    a1b2");
    }

    @Test
    void quietPrintsOneIdPerRowAndNoTruncTheWholeId() {
        assertThat(new ImageTable(images, false, false, NOW).quiet())
                .isEqualTo("a1b2c3d4e5f6\na1b2c3d4e5f6\na1b2c3d4e5f6\n0123456789ab\n");
        assertThat(new ImageTable(images, false, true, NOW).quiet()).startsWith(ID_A + "\n");
    }

    @Test
    void jsonIsOneObjectPerLineWithDockersKeys() {
        String json = new ImageTable(images.subList(1, 2), false, false, NOW).json();
        assertThat(json).isEqualTo("{\"Containers\":\"N/A\",\"CreatedAt\":\"2025-05-29 12:00:00 +0000 UTC\","
                + "\"CreatedSince\":\"3 days ago\",\"Digest\":\"<none>\",\"ID\":\"0123456789ab\","
                + "\"Repository\":\"<none>\",\"SharedSize\":\"N/A\",\"Size\":\"1.09MB\",\"Tag\":\"<none>\","
                + "\"UniqueSize\":\"N/A\",\"VirtualSize\":\"1.09MB\"}\n");
    }
}
