package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.exec.ProgressMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalOptionsTest {

    @TempDir
    Path dir;

    @AfterEach
    void back() {
        ProgressMode.use(ProgressMode.AUTO, false);
    }

    private record Run(int code, String out, String err) {
    }

    private Run jcompose(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new Invocation(Map.of(), dir));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void dryRunIsRefusedByCommandsThatCannotHonourIt() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: busybox\n");
        Run down = jcompose("--dry-run", "down");
        assertThat(down.code()).isEqualTo(2);
        assertThat(down.err()).startsWith("--dry-run is supported by up (and config, which changes nothing anyway), "
                + "not by down\n");
        assertThat(jcompose("--dry-run", "config", "--services").out()).isEqualTo("web\n");
    }

    @Test
    void progressAndParallelAreGlobalAndCheckedOnce() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: busybox\n");
        assertThat(jcompose("--progress", "json", "--parallel", "2", "config", "--services").code()).isZero();
        Run bad = jcompose("--progress", "fancy", "config");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("unsupported --progress value \"fancy\" (expected auto, tty, plain, json or "
                + "quiet)\n");
    }
}
