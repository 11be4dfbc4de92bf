package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ProgressEvent;
import io.jcompose.cli.compose.exec.ProgressMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgressModesTest {

    @AfterEach
    void back() {
        ProgressMode.use(ProgressMode.AUTO, false);
    }

    private static String render(ProgressMode mode, boolean terminal) {
        ProgressMode.use(mode, terminal);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Progress p = Progress.of(out);
        assertThat(Progress.of(out)).isSameAs(p);
        p.report(ProgressEvent.working("Container", "demo-web-1", "Starting"));
        p.report(ProgressEvent.done("Container", "demo-web-1", "Started"));
        p.report(ProgressEvent.error("Network", "demo_\"x\"", "Error"));
        return text.toString();
    }

    @Test
    void plainPrintsFinishedAndFailedStepsOnly() {
        assertThat(render(ProgressMode.PLAIN, true)).isEqualTo(
                " \u2714 Container demo-web-1  Started\n \u2718 Network demo_\"x\"  Error\n");
        assertThat(render(ProgressMode.AUTO, false)).isEqualTo(render(ProgressMode.PLAIN, false));
    }

    @Test
    void jsonPrintsEveryEventAsOneObject() {
        assertThat(render(ProgressMode.JSON, false)).isEqualTo("""
                {"id":"Container demo-web-1","text":"Starting","status":"Working"}
                {"id":"Container demo-web-1","text":"Started","status":"Done"}
                {"id":"Network demo_\\"x\\"","text":"Error","status":"Error"}
                """);
    }

    @Test
    void quietPrintsNothingAndTtyRedrawsOneBlockInPlace() {
        assertThat(render(ProgressMode.QUIET, true)).isEmpty();
        String tty = render(ProgressMode.AUTO, true);
        assertThat(tty).startsWith("\r\u001b[2K[+] Running 0/1\n");
        assertThat(tty).contains("\u001b[2A").contains("[+] Running 1/1")
                .contains("[+] Running 2/2");
        assertThat(tty.lines().filter(l -> l.contains("\u2714 Container demo-web-1")).findFirst().orElseThrow())
                .contains("Started").matches(".*\\d+\\.\\ds$");
    }

    @Test
    void anUnknownModeIsRefusedQuoted() {
        assertThatThrownBy(() -> ProgressMode.of("fancy")).hasMessage("unsupported --progress value \"fancy\" "
                + "(expected auto, tty, plain, json or quiet)");
        assertThat(ProgressMode.of("TTY")).isEqualTo(ProgressMode.TTY);
    }
}
