package io.jcompose.runtime.container.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** conmon's stdio flags from docker's Tty, OpenStdin and StdinOnce, and its resize control line. */
class ConmonStdioTest {

    @Test
    void flagsFollowDockersStdinSemantics() {
        record Row(boolean tty, boolean openStdin, boolean stdinOnce, List<String> flags) {
        }
        List<Row> table = List.of(
                new Row(false, false, false, List.of()),                       // docker run -d
                new Row(false, false, true, List.of()),                        // StdinOnce means nothing alone
                new Row(true, false, false, List.of("-t")),                    // docker run -t
                new Row(false, true, true, List.of("-i")),                     // docker run -i: closed when it ends
                new Row(false, true, false, List.of("-i", "--leave-stdin-open")), // docker run -di
                new Row(true, true, true, List.of("-t", "-i", "--leave-stdin-open")), // docker run -it
                new Row(true, true, false, List.of("-t", "-i", "--leave-stdin-open"))); // docker run -dit
        for (Row row : table) {
            assertThat(ConmonRunc.stdioFlags(request(row.tty(), row.openStdin(), row.stdinOnce())))
                    .as("%s", row).isEqualTo(row.flags());
        }
    }

    @Test
    void anEightFieldRequestHasNoStdin() {
        OciRuntime.CreateRequest plain = new OciRuntime.CreateRequest("c", "n", Path.of("/b"), Path.of("/p"),
                Path.of("/l"), Path.of("/pid"), true, 0);
        assertThat(plain.openStdin()).isFalse();
        assertThat(plain.stdinOnce()).isFalse();
    }

    @Test
    void resizeIsAWinszLineOfRowsThenColumns() {
        assertThat(ConmonControl.resizeMessage(24, 80)).isEqualTo("24 80\n");
        assertThat(ConmonControl.resizeMessage(1, 65535)).isEqualTo("1 65535\n");
        assertThatThrownBy(() -> ConmonControl.resizeMessage(0, 80))
                .hasMessage("terminal size 0x80 is not positive");
    }

    @Test
    void resizingAContainerWithoutAMonitorSaysSo(@org.junit.jupiter.api.io.TempDir Path bundle) throws Exception {
        assertThat(ConmonControl.resize(bundle, 24, 80)).isFalse(); // no winsz FIFO
    }

    private static OciRuntime.CreateRequest request(boolean tty, boolean openStdin, boolean stdinOnce) {
        return new OciRuntime.CreateRequest("c", "n", Path.of("/b"), Path.of("/p"), Path.of("/l"), Path.of("/pid"),
                tty, 0, openStdin, stdinOnce);
    }
}
