package io.jcompose.cli.training;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The AOT cache's training run (decision 0002): one JVM runs the everyday commands in-process, {@code config}
 * on a Compose file and then {@code up -d}, {@code ps}, {@code logs}, {@code down -v} and the docker-style lists
 * against a {@link CannedEngine}, because JDK 25 records one cache from one run. Nothing is left behind.
 */
public final class TrainingRun {

    /** The commands after {@code -f FILE} (compose commands) or alone (the rest); {@code HOST} is the socket. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("-f", "FILE", "config", "--format", "json"),
            List.of("-f", "FILE", "config"),
            List.of("-f", "FILE", "config", "-q"),
            List.of("-H", "HOST", "-f", "FILE", "up", "-d"),
            List.of("-H", "HOST", "-f", "FILE", "up", "-d"),
            List.of("-H", "HOST", "-f", "FILE", "ps"),
            List.of("-H", "HOST", "-f", "FILE", "ps", "-a", "--format", "json"),
            List.of("-H", "HOST", "-f", "FILE", "ps", "--services"),
            List.of("-H", "HOST", "-f", "FILE", "logs"),
            List.of("-H", "HOST", "-f", "FILE", "logs", "-t", "--tail", "5", "web"),
            List.of("-H", "HOST", "-f", "FILE", "images"),
            List.of("-H", "HOST", "container", "ls"),
            List.of("-H", "HOST", "container", "ls", "-a", "--format", "json"),
            List.of("-H", "HOST", "container", "inspect", "quickstart-web-1"),
            List.of("-H", "HOST", "container", "logs", "quickstart-web-1"),
            List.of("-H", "HOST", "image", "ls"),
            List.of("-H", "HOST", "volume", "ls"),
            List.of("-H", "HOST", "network", "ls"),
            List.of("-H", "HOST", "-f", "FILE", "stop"),
            List.of("-H", "HOST", "-f", "FILE", "start"),
            List.of("-H", "HOST", "-f", "FILE", "down", "-v"));

    private TrainingRun() {
    }

    /** {@code TrainingRun COMPOSE_FILE}: exits 1 when a command failed (the cache is recorded all the same). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TrainingRun COMPOSE_FILE");
            System.exit(2);
        }
        List<String> failed = run(Path.of(args[0]).toAbsolutePath(), new PrintWriter(System.err, true));
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /**
     * Runs {@link #COMMANDS} on {@code composeFile} against a canned engine on a temporary socket; returns the
     * commands that failed, each also reported with its error output to {@code report}.
     */
    public static List<String> run(Path composeFile, PrintWriter report) throws IOException {
        Path dir = Files.createTempDirectory("jcompose-training");
        List<String> failed = new ArrayList<>();
        try (CannedEngine engine = CannedEngine.start(dir.resolve("engine.sock"))) {
            // A state directory of its own: no command can reach (or start) a real engine.
            Invocation invocation = new Invocation(Map.of(
                    "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                    "JCOMPOSE_STATE", dir.resolve("state").toString(),
                    "JCOMPOSE_SOCKET", dir.resolve("none.sock").toString()), composeFile.getParent());
            for (List<String> command : COMMANDS) {
                String[] args = command.stream().map(a -> switch (a) {
                    case "FILE" -> composeFile.toString();
                    case "HOST" -> engine.host();
                    default -> a;
                }).toArray(String[]::new);
                StringWriter err = new StringWriter();
                int code = Main.run(args, new PrintWriter(Writer.nullWriter()), new PrintWriter(err), invocation);
                if (code != 0) {
                    String line = String.join(" ", command) + " (exit " + code + ")";
                    failed.add(line);
                    report.println("training: " + line + ": " + err.toString().strip());
                }
            }
        } finally {
            deleteTree(dir);
        }
        return List.copyOf(failed);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
