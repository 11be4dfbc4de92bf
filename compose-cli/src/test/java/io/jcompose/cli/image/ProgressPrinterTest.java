package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ProgressJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private static final List<ProgressJson> PULL = List.of(
            ProgressJson.status("Pulling from library/alpine", "latest"),
            ProgressJson.layer("abc", "Pulling fs layer"),
            ProgressJson.transfer("abc", "Downloading", 5, 10, "[=====>     ]       5B/10B"),
            ProgressJson.layer("abc", "Pull complete"),
            ProgressJson.aux(Map.of("Tag", "latest")),
            ProgressJson.status("Digest: sha256:00"),
            ProgressJson.stream("Loaded image: a:1\n"));

    private static String render(boolean terminal) {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), terminal);
        PULL.forEach(printer);
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void plainOutputHasOneLinePerStatusChange() {
        assertThat(render(false)).isEqualTo("""
                latest: Pulling from library/alpine
                abc: Pulling fs layer
                abc: Pull complete
                Digest: sha256:00
                Loaded image: a:1
                """);
    }

    @Test
    void aTerminalRewritesEachLayersLineInPlace() {
        assertThat(render(true)).isEqualTo("latest: Pulling from library/alpine\n"
                + "abc: Pulling fs layer\n"
                + "\u001b[1A\r\u001b[2Kabc: Downloading [=====>     ]       5B/10B\r\u001b[1B"
                + "\u001b[1A\r\u001b[2Kabc: Pull complete\r\u001b[1B"
                + "Digest: sha256:00\nLoaded image: a:1\n");
    }
}
