package io.jcompose.network.firewall;

import java.io.IOException;
import java.util.List;

/** Runs a system command (iptables-save, iptables-restore); the seam that keeps unit tests off the host. */
@FunctionalInterface
public interface CommandRunner {

    /** The outcome of one command. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code argv} with {@code stdin} (may be empty) and waits for it. */
    Result run(List<String> argv, String stdin) throws IOException;

    /** Runs commands as child processes. */
    static CommandRunner processes() {
        return (argv, stdin) -> {
            Process p = new ProcessBuilder(argv).start();
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String[] stderr = new String[1];
            Thread err = Thread.ofVirtual().start(() -> {
                try {
                    stderr[0] = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    stderr[0] = e.getMessage();
                }
            });
            String stdout = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                int code = p.waitFor();
                err.join();
                return new Result(code, stdout, stderr[0]);
            } catch (InterruptedException e) {
                p.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + String.join(" ", argv), e);
            }
        };
    }
}
