package io.jcompose.runtime.container.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.stream.Demultiplexer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The reader against the log a real conmon 2.1.6 writes for a busybox container run by runc. */
class ConmonLogIT {

    private static final Path RUNC = Path.of("/usr/sbin/runc");
    private static final Path BUSYBOX = Path.of("/bin/busybox");
    private static final List<String> APPLETS = List.of("sh", "echo", "printf", "cat", "sleep", "true", "seq");
    private static Path conmon;

    private Path dir;
    private String id;
    private Long conmonPid;

    @BeforeAll
    static void needsRootRuncConmonAndBusybox() throws IOException {
        assumeTrue((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0, "needs root to run runc");
        assumeTrue(Files.isExecutable(RUNC), "needs runc at " + RUNC + " (Debian package runc)");
        conmon = onPath("conmon").orElse(null);
        assumeTrue(conmon != null, "needs conmon on PATH (Debian package conmon)");
        assumeTrue(Files.isExecutable(BUSYBOX), "needs " + BUSYBOX + " (Debian package busybox-static)");
    }

    @BeforeEach
    void makeRootfs() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("jc-logit-");
        id = "jc-logit-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Path bin = Files.createDirectories(dir.resolve("bundle/rootfs/bin"));
        Files.copy(BUSYBOX, bin.resolve("busybox"));
        for (String applet : APPLETS) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        Files.createDirectories(dir.resolve("exits"));
        Files.createDirectories(dir.resolve("sockets"));
        run(RUNC.toString(), "spec", "--bundle", dir.resolve("bundle").toString());
    }

    /** Sets the container's command ({@code sh -c SCRIPT}, no terminal) in the spec {@code runc spec} wrote. */
    private void script(String script) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Path config = dir.resolve("bundle/config.json");
        ObjectNode spec = (ObjectNode) json.readTree(Files.readString(config));
        ObjectNode process = (ObjectNode) spec.get("process");
        process.put("terminal", false);
        process.putArray("args").add("sh").add("-c").add(script);
        Files.writeString(config, json.writeValueAsString(spec));
    }

    /** Starts conmon, which runs {@code runc create}, and waits until the container is created. */
    private void createUnderConmon(Path log, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(conmon.toString(), "--api-version", "1", "-c", id, "-u", id,
                "-r", RUNC.toString(), "-b", dir.resolve("bundle").toString(), "-p", dir.resolve("pid").toString(),
                "-n", id, "--exit-dir", dir.resolve("exits").toString(), "-l", "k8s-file:" + log,
                "--socket-dir-path", dir.resolve("sockets").toString(), "--syslog=false",
                "--conmon-pidfile", dir.resolve("conmon.pid").toString()));
        command.addAll(List.of(extra));
        run(command.toArray(String[]::new));
        conmonPid = Long.parseLong(Files.readString(dir.resolve("conmon.pid")).strip());
        waitFor(dir.resolve("pid"), "runc create to write the container's pid file");
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        if (id != null) {
            new ProcessBuilder(RUNC.toString(), "delete", "-f", id).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        }
        if (conmonPid != null) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (running(conmonPid) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(running(conmonPid)).as("conmon %d has exited", conmonPid).isFalse();
        }
        if (dir != null) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            assertThat(dir).doesNotExist();
        }
    }

    @Test
    void readsWhatConmonWroteForStdoutStderrAndAPartialLine() throws Exception {
        script("echo out; echo err >&2; printf partial");
        Path log = dir.resolve("ctr.log");
        Path exitFile = dir.resolve("exits").resolve(id);
        createUnderConmon(log);

        LogReader reader = new LogReader(log);
        CollectingSink followed = new CollectingSink();
        Thread follower = Thread.ofVirtual().start(() -> {
            try {
                reader.read(LogQuery.ALL.withFollow(true), followed, () -> Files.exists(exitFile));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        run(RUNC.toString(), "start", id);
        waitFor(exitFile, "conmon to write the exit code");
        assertThat(Files.readString(exitFile).strip()).isEqualTo("0");
        assertThat(follower.join(Duration.ofSeconds(10))).as("follow ended").isTrue();

        CollectingSink sink = new CollectingSink();
        reader.read(LogQuery.ALL, sink);
        List<LogRecord> records = sink.records();
        assertThat(records).filteredOn(r -> r.stream() == LogStream.STDOUT)
                .extracting(LogRecord::text, LogRecord::partial)
                .containsExactly(tuple("out", false),
                        tuple("partial", true));
        assertThat(records).filteredOn(r -> r.stream() == LogStream.STDERR)
                .extracting(LogRecord::text, LogRecord::partial)
                .containsExactly(tuple("err", false));
        assertThat(followed.records()).containsExactlyInAnyOrderElementsOf(records);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        reader.read(LogQuery.ALL, new FramedLogSink(body, false, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Demultiplexer(new ByteArrayInputStream(body.toByteArray())).copyTo(out, err);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("out\npartial");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
    }

    @Test
    void followsAcrossConmonsRotationAtLogSizeMax() throws Exception {
        script("for i in $(seq 1 60); do echo line$i; sleep 0.02; done");
        Path log = dir.resolve("ctr.log");
        Path exitFile = dir.resolve("exits").resolve(id);
        createUnderConmon(log, "--log-size-max", "600");
        LogReader reader = new LogReader(log, Duration.ofMillis(5), Clock.systemUTC());
        CollectingSink followed = new CollectingSink();
        Thread follower = Thread.ofVirtual().start(() -> {
            try {
                reader.read(LogQuery.ALL.withFollow(true), followed, () -> Files.exists(exitFile));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        run(RUNC.toString(), "start", id);
        waitFor(exitFile, "conmon to write the exit code");
        assertThat(follower.join(Duration.ofSeconds(10))).as("follow ended").isTrue();

        List<String> expected = IntStream.rangeClosed(1, 60).mapToObj(i -> "line" + i).toList();
        assertThat(followed.texts()).isEqualTo(expected);
        CollectingSink kept = new CollectingSink();
        reader.read(LogQuery.ALL, kept);
        assertThat(Files.size(log)).isLessThanOrEqualTo(600);
        assertThat(kept.texts()).as("only the newest file is left").isNotEmpty().hasSizeLessThan(60)
                .isEqualTo(expected.subList(60 - kept.size(), 60));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", List.of(command), new String(output, StandardCharsets.UTF_8))
                .isZero();
    }

    private static void waitFor(Path file, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(file) && Files.size(file) > 0)) {
            assertThat(System.nanoTime()).as("waited 10 s for " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Whether the process runs; a zombie (exited, not yet reaped by its parent) does not. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String name) {
        List<Path> candidates = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            candidates.add(Path.of(d, name));
        }
        candidates.add(Path.of("/usr/libexec/podman", name));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
