package io.jcompose.cli.compose.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Prefixes aligned as docker compose v2 aligns them, colours only when asked, lines never torn apart. */
class LogPrinterTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private LogPrinter printer(LogStyle style) {
        return new LogPrinter(new PrintWriter(out), new PrintWriter(err), style);
    }

    @Test
    void prefixesArePaddedToTheLongestNamePlusOne() {
        LogPrinter p = printer(LogStyle.PLAIN);
        p.register("web-1", "web");
        p.register("cache-1", "cache");
        p.line("web-1", "", "hello", false);
        p.line("cache-1", "", "ready", false);
        p.line("cache-1", "", "oops", true);
        assertThat(out.toString()).isEqualTo("web-1    | hello\ncache-1  | ready\n");
        assertThat(err.toString()).isEqualTo("cache-1  | oops\n");
    }

    @Test
    void aLonelyContainerHasTwoSpacesBeforeItsBar() {
        LogPrinter p = printer(LogStyle.PLAIN);
        p.register("web-1", "web");
        p.line("web-1", "", "x", false);
        assertThat(out.toString()).isEqualTo("web-1  | x\n");
    }

    @Test
    void noPrefixAndTimestamps() {
        LogPrinter p = printer(new LogStyle(false, false, true));
        p.register("web-1", "web");
        p.line("web-1", "2024-01-02T03:04:05.000000006Z", "hi", false);
        p.line("web-1", "", "no time", false);
        assertThat(out.toString()).isEqualTo("2024-01-02T03:04:05.000000006Z hi\nno time\n");
        LogPrinter prefixed = printer(new LogStyle(false, true, true));
        prefixed.register("web-1", "web");
        prefixed.line("web-1", "2024-01-02T03:04:05.000000006Z", "hi", false);
        assertThat(out.toString()).endsWith("web-1  | 2024-01-02T03:04:05.000000006Z hi\n");
    }

    @Test
    void coloursOnePerServiceInTheRainbowOrderAndNoneWhenOff() {
        LogPrinter p = printer(new LogStyle(true, true, false));
        p.register("web-1", "web");
        p.register("web-2", "web");
        p.register("db-1", "db");
        p.line("web-2", "", "a", false);
        p.line("db-1", "", "b", false);
        p.status("web-1", "exited with code 0");
        assertThat(out.toString()).isEqualTo("\u001b[36mweb-2  | \u001b[0ma\n\u001b[33mdb-1   | \u001b[0mb\n"
                + "\u001b[36mweb-1\u001b[0m exited with code 0\n");
        StringWriter plain = new StringWriter();
        LogPrinter off = new LogPrinter(new PrintWriter(plain), new PrintWriter(err), LogStyle.PLAIN);
        off.register("web-1", "web");
        off.status("web-1", "exited with code 3");
        assertThat(plain.toString()).isEqualTo("web-1 exited with code 3\n").doesNotContain("\u001b");
    }

    @Test
    void lineSinkTakesTheTimestampOffAndKeepsAPartialLineUntilItsEnd() {
        List<String> got = new ArrayList<>();
        LineSink sink = new LineSink((ts, text) -> got.add(ts + "|" + text));
        byte[] bytes = "2024-01-02T03:04:05.000000001Z one\n2024-01-02T03:04:05.000000002Z tw".getBytes(
                StandardCharsets.UTF_8);
        sink.write(bytes, 0, 10);
        sink.write(bytes, 10, bytes.length - 10);
        assertThat(got).containsExactly("2024-01-02T03:04:05.000000001Z|one");
        byte[] more = "o\nplain line\n".getBytes(StandardCharsets.UTF_8);
        sink.write(more, 0, more.length);
        sink.write("end".getBytes(StandardCharsets.UTF_8), 0, 3);
        sink.close();
        assertThat(got).containsExactly("2024-01-02T03:04:05.000000001Z|one", "2024-01-02T03:04:05.000000002Z|two",
                "|plain line", "|end");
        assertThat(sink.lastTimestamp()).isEqualTo("2024-01-02T03:04:05.000000002Z");
        assertThat(LogTimestamps.after("2024-01-02T03:04:05.999999999Z")).isEqualTo("1704164646.000000000");
    }

    @Test
    void linesOfManyContainersWrittenInRandomPiecesComeOutWhole() throws Exception {
        LogPrinter p = printer(LogStyle.PLAIN);
        int containers = 6;
        int lines = 300;
        for (int c = 0; c < containers; c++) {
            p.register("svc" + c + "-1", "svc" + c);
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < containers; c++) {
                int id = c;
                pool.submit(() -> {
                    Random random = new Random(42 + id);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < lines; i++) {
                        text.append("container ").append(id).append(" line ").append(i).append(" ")
                                .append("x".repeat(random.nextInt(200))).append('\n');
                    }
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    LineSink sink = new LineSink((ts, t) -> p.line("svc" + id + "-1", ts, t, false));
                    for (int at = 0; at < bytes.length; ) {
                        int n = Math.min(bytes.length - at, 1 + random.nextInt(97));
                        sink.write(bytes, at, n);
                        at += n;
                        if (random.nextInt(10) == 0) {
                            Thread.yield();
                        }
                    }
                    sink.close();
                    return null;
                });
            }
        }
        List<String> printed = Arrays.asList(out.toString().split("\n"));
        assertThat(printed).hasSize(containers * lines);
        for (int c = 0; c < containers; c++) {
            String prefix = "svc" + c + "-1  | container " + c + " line ";
            List<String> mine = printed.stream().filter(l -> l.startsWith(prefix)).toList();
            assertThat(mine).hasSize(lines);
            for (int i = 0; i < lines; i++) {
                assertThat(mine.get(i)).matches(java.util.regex.Pattern.quote(prefix + i + " ") + "x*");
            }
        }
    }
}
