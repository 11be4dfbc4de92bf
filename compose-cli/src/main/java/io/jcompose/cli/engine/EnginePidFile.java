package io.jcompose.cli.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * The engine's pid file, read with care: the process must be alive and be a jcompose engine, so that a stale
 * file whose number now belongs to another program never gets that program signalled.
 */
public final class EnginePidFile {

    private EnginePidFile() {
    }

    /** The live engine process named by the layout's pid file, if there is one. */
    public static Optional<ProcessHandle> running(EngineLayout layout) {
        String text;
        try {
            text = Files.readString(layout.pidFile(), StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new EngineException("cannot read the engine's pid file " + layout.pidFile() + ": " + e.getMessage());
        }
        if (!text.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive).filter(EnginePidFile::isEngine);
    }

    private static boolean isEngine(ProcessHandle process) {
        return process.info().arguments()
                .map(args -> java.util.Arrays.asList(args).contains(EngineCommandLine.MAIN_CLASS))
                .orElse(true); // arguments are unknown only for other users' processes; the pid file is root's
    }
}
