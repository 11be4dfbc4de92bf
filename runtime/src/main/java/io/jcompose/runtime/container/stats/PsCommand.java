package io.jcompose.runtime.container.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the host's {@code ps} with some arguments; tests answer with canned tables. */
@FunctionalInterface
public interface PsCommand {

    /** ps's standard output; IOException with the first line of its standard error when it fails. */
    String run(List<String> args) throws IOException;

    /** The host's procps {@code ps}. */
    static PsCommand host() {
        return args -> {
            List<String> command = new ArrayList<>();
            command.add("ps");
            command.addAll(args);
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            }, Thread::startVirtualThread);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("ps " + String.join(" ", args) + " did not finish in 30s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running ps", e);
            }
            if (p.exitValue() != 0) {
                String first = new String(err.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                throw new IOException(first.isEmpty() ? "ps exited " + p.exitValue() : first);
            }
            return out;
        };
    }
}
