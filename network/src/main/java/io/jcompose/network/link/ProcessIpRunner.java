package io.jcompose.network.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the host's {@code ip} binary as a child process. */
public final class ProcessIpRunner implements IpRunner {

    private static final long TIMEOUT_SECONDS = 30;

    private final String binary;

    public ProcessIpRunner() {
        this(locate());
    }

    public ProcessIpRunner(String binary) {
        this.binary = binary;
    }

    @Override
    public Result run(List<String> args, String stdin) throws IOException {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(binary);
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // ip exited before reading all of its input; its exit code and stderr tell why
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LinkException("\"ip " + String.join(" ", args) + "\" did not finish within "
                        + TIMEOUT_SECONDS + "s");
            }
            return new Result(process.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running ip " + String.join(" ", args), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not read the output of ip " + String.join(" ", args), e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
    }

    private static String locate() {
        for (String p : List.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return "ip";
    }
}
