package io.jcompose.cli.engine;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Starts the local engine if nothing answers on its socket and waits until it does. Two CLIs racing to start it
 * are fine: the engine's lock lets one win, and the loser sees the winner answer.
 */
public final class EngineStarter {

    private static final Duration POLL = Duration.ofMillis(50);

    private final EngineSpawner spawner;
    private final UserIdentity identity;
    private final Duration timeout;

    public EngineStarter(EngineSpawner spawner, UserIdentity identity, Duration timeout) {
        this.spawner = spawner;
        this.identity = identity;
        this.timeout = timeout;
    }

    /** Whether an engine was started (else one already answered), and its process ID (-1 when unknown). */
    public record Outcome(boolean started, long pid) {
    }

    static EngineException needsRoot(String why) {
        return new EngineException("the jcompose engine needs root: " + why
                + " (run jcompose as root, e.g. with sudo)");
    }

    /** Starts the engine for {@code layout} unless {@code probe} finds one answering. */
    public Outcome start(EngineLayout layout, Supplier<EngineProbe> probe) throws IOException {
        EngineProbe first = probe.get();
        if (first == EngineProbe.ANSWERS) {
            return new Outcome(false, runningPid(layout));
        }
        if (first == EngineProbe.DENIED) {
            throw needsRoot("permission denied on " + layout.socket());
        }
        if (!identity.isRoot()) {
            throw needsRoot("it runs containers with runc, mounts file systems and sets up networks");
        }
        long logStart = Files.exists(layout.log()) ? Files.size(layout.log()) : 0;
        EngineSpawner.Spawned engine = spawner.spawn(layout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.get() == EngineProbe.ANSWERS) {
                OptionalInt exit = engine.exitCode();
                return exit.isPresent() ? new Outcome(false, runningPid(layout)) : new Outcome(true, engine.pid());
            }
            OptionalInt exit = engine.exitCode();
            if (exit.isPresent()) {
                if (probe.get() == EngineProbe.ANSWERS) { // lost a race to another CLI starting it
                    return new Outcome(false, runningPid(layout));
                }
                throw new EngineException("the jcompose engine exited with code " + exit.getAsInt()
                        + " before it answered on " + layout.socket() + ": " + logSince(layout.log(), logStart));
            }
            sleep();
        }
        engine.destroy();
        throw new EngineException("the jcompose engine (pid " + engine.pid() + ") did not answer on "
                + layout.socket() + " within " + seconds(timeout) + " s and was stopped; see " + layout.log());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    private static long runningPid(EngineLayout layout) {
        return EnginePidFile.running(layout).map(ProcessHandle::pid).orElse(-1L);
    }

    /** What the engine wrote to its log since it was started: its reason for exiting. */
    static String logSince(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = Math.max(0, file.length() - offset);
            byte[] bytes = new byte[(int) Math.min(length, 4096)];
            file.seek(offset);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "(nothing in " + log + ")" : text;
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for the jcompose engine to start");
        }
    }
}
