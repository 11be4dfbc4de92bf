package io.jcompose.runtime.container.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The low-level runtime: makes a container from a bundle under its monitor, starts, signals, pauses and deletes
 * it. Real: conmon + runc ({@link ConmonRunc}); tests without root use {@link FakeOciRuntime}.
 */
public interface OciRuntime {

    /**
     * Creates the container (not yet running its process) under a new monitor that holds its stdio, writes its log
     * to {@code request.log()} and, when it exits, its exit code to {@link #exitFile}. Returns the process ID.
     */
    long create(CreateRequest request) throws IOException;

    /** Runs the created container's process. */
    void start(String id) throws IOException;

    /** Sends a signal (a number) to the container's main process. */
    void kill(String id, int signal) throws IOException;

    void pause(String id) throws IOException;

    void resume(String id) throws IOException;

    /** Deletes the runtime's container (force also kills a live one); absent containers are not an error. */
    void delete(String id, boolean force) throws IOException;

    /** The runtime's status ({@code created}, {@code running}, {@code paused}, {@code stopped}), if it knows the ID. */
    Optional<String> status(String id) throws IOException;

    /** Where the monitor writes the exit code of a container; it appears when the container's process ends. */
    Path exitFile(String id);

    /** The exit code in the monitor's exit file (255 when the file holds no number: the code is unknown). */
    default int exitCode(String id) throws IOException {
        String text = java.nio.file.Files.readString(exitFile(id)).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 255;
        }
    }

    /**
     * What a new container is made from.
     *
     * @param openStdin whether the monitor keeps the process's stdin open for attach clients to write to (docker's
     *                  {@code OpenStdin}); otherwise it reads /dev/null
     * @param stdinOnce whether stdin closes when the first attach client that wrote to it goes away (docker's
     *                  {@code StdinOnce}, which {@code docker run -i} sets)
     */
    record CreateRequest(String id, String name, Path bundle, Path persistDir, Path log, Path pidFile, boolean tty,
            long logSizeMax, boolean openStdin, boolean stdinOnce) {

        /** A container whose stdin is not open. */
        public CreateRequest(String id, String name, Path bundle, Path persistDir, Path log, Path pidFile,
                boolean tty, long logSizeMax) {
            this(id, name, bundle, persistDir, log, pidFile, tty, logSizeMax, false, false);
        }
    }
}
