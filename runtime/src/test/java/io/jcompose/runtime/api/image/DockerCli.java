package io.jcompose.runtime.api.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real docker CLI pointed at a test engine socket, with its own config dir so the user's is never touched. */
public final class DockerCli {

    /** What a command printed (stdout and stderr together) and its exit code. */
    public record Result(int exit, String output) {
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    private final Path binary;
    private final Path socket;
    private final Path configDir;

    public DockerCli(Path socket, Path configDir) {
        Path local = Path.of("/usr/local/bin/docker");
        this.binary = Files.isExecutable(local) ? local : Path.of("/usr/bin/docker");
        assumeTrue(Files.isExecutable(binary), "the docker CLI is not installed (/usr/local/bin/docker, /usr/bin/docker)");
        this.socket = socket;
        this.configDir = configDir;
    }

    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-H", "unix://" + socket));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOCKER_CONFIG", configDir.toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("docker " + String.join(" ", args) + " did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    /**
     * Runs {@code docker ARGS} on a terminal of its own ({@code script}, rows x columns), typing {@code input}
     * lines into it one by one; what the terminal showed and the exit code.
     */
    public Result onTerminal(int rows, int columns, List<String> input, String... args)
            throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder("stty rows " + rows + " cols " + columns + "; exec '" + binary
                + "' -H 'unix://" + socket + "'");
        for (String a : args) {
            line.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", line.toString(), "/dev/null")
                .redirectErrorStream(true);
        pb.environment().put("DOCKER_CONFIG", configDir.toString());
        pb.environment().remove("DOCKER_HOST");
        Process p = pb.start();
        Thread typist = Thread.startVirtualThread(() -> {
            try (var in = p.getOutputStream()) {
                for (String text : input) {
                    Thread.sleep(700);
                    in.write(text.getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
                Thread.sleep(2000);
            } catch (IOException | InterruptedException e) {
                // the terminal ended first
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("docker " + String.join(" ", args) + " did not finish: " + out);
        }
        typist.interrupt();
        return new Result(p.exitValue(), out);
    }

    /** Runs a command that must succeed; its output. */
    public String ok(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        if (r.exit() != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " exited " + r.exit() + ": " + r.output());
        }
        return r.output();
    }
}
