package io.jcompose.runtime.api.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.registry.ProgressEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docker's progress JSON lines for pulls and pushes, as the docker CLI parses and prints them. */
class ProgressLinesTest {

    private static final Digest CONFIG = Digest.sha256("config".getBytes(StandardCharsets.UTF_8));
    private static final Digest LAYER = Digest.sha256("layer".getBytes(StandardCharsets.UTF_8));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ProgressLines lines = new ProgressLines(out);

    private List<String> written() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void messageShapes() {
        lines.write(ProgressJson.status("Pulling from team/app", "1.0"));
        lines.write(ProgressJson.layer("0123456789ab", "Pull complete"));
        lines.write(ProgressJson.transfer("0123456789ab", "Downloading", 1024, 2048, "bar"));
        lines.write(ProgressJson.stream("Loaded image: a:1\n"));
        lines.write(ProgressJson.aux(Map.of("Tag", "1")));
        lines.fail(new java.io.IOException("boom"));
        assertThat(written()).containsExactly(
                "{\"status\":\"Pulling from team/app\",\"id\":\"1.0\"}",
                "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"0123456789ab\"}",
                "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1024,\"total\":2048},"
                        + "\"progress\":\"bar\",\"id\":\"0123456789ab\"}",
                "{\"stream\":\"Loaded image: a:1\\n\"}",
                "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1\"}}",
                "{\"errorDetail\":{\"message\":\"boom\"},\"error\":\"boom\"}");
    }

    @Test
    void pullEventsBecomeDockersLayerLinesAndTheConfigIsHidden() {
        TransferProgress p = new TransferProgress(lines, TransferProgress.Kind.PULL, TransferProgress.allButFirst());
        p.on(new ProgressEvent.Waiting(CONFIG));
        p.on(new ProgressEvent.Waiting(LAYER));
        p.on(new ProgressEvent.Downloading(CONFIG, 10, 10));
        p.on(new ProgressEvent.Downloading(LAYER, 500, 1000));
        p.on(new ProgressEvent.Verifying(LAYER));
        p.on(new ProgressEvent.Done(CONFIG));
        p.on(new ProgressEvent.Done(LAYER));
        String id = LAYER.shortHex();
        assertThat(written()).extracting(l -> l.replaceAll(",\"progress\":\"[^\"]*\"", "")).containsExactly(
                "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"" + id + "\"}",
                "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":500,\"total\":1000},\"id\":\"" + id
                        + "\"}",
                "{\"status\":\"Verifying Checksum\",\"progressDetail\":{},\"id\":\"" + id + "\"}",
                "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"" + id + "\"}",
                "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"" + id + "\"}");
    }

    @Test
    void pushEventsUseThePushWords() {
        Digest other = Digest.sha256("other".getBytes(StandardCharsets.UTF_8));
        Digest mounted = Digest.sha256("mounted".getBytes(StandardCharsets.UTF_8));
        TransferProgress p = new TransferProgress(lines, TransferProgress.Kind.PUSH, d -> !d.equals(CONFIG));
        p.on(new ProgressEvent.Waiting(CONFIG));
        p.on(new ProgressEvent.Waiting(LAYER));
        p.on(new ProgressEvent.Uploading(LAYER, 5, 10));
        p.on(new ProgressEvent.Done(LAYER));
        p.on(new ProgressEvent.AlreadyExists(other));
        p.on(new ProgressEvent.Mounted(mounted, "team/base"));
        p.on(new ProgressEvent.Done(mounted));
        p.on(new ProgressEvent.Done(CONFIG));
        assertThat(written()).extracting(l -> l.replaceAll("\\{\"status\":\"([^\"]*)\".*\"id\":\"([^\"]*)\"}",
                "$2: $1")).containsExactly(LAYER.shortHex() + ": Preparing", LAYER.shortHex() + ": Pushing",
                LAYER.shortHex() + ": Pushed", other.shortHex() + ": Layer already exists",
                mounted.shortHex() + ": Mounted from team/base");
    }

    @Test
    void barsAndSizesLookLikeDockers() {
        assertThat(ProgressBar.humanSize(0)).isEqualTo("0B");
        assertThat(ProgressBar.humanSize(999)).isEqualTo("999B");
        assertThat(ProgressBar.humanSize(4096)).isEqualTo("4.096kB");
        assertThat(ProgressBar.humanSize(12_345_678)).isEqualTo("12.35MB");
        assertThat(ProgressBar.of(1000, 2000)).isEqualTo("[" + "=".repeat(25) + ">" + " ".repeat(24) + "] "
                + "     1kB/2kB");
        assertThat(ProgressBar.of(2000, 2000)).isEqualTo("[" + "=".repeat(50) + "] " + "     2kB/2kB");
    }
}
