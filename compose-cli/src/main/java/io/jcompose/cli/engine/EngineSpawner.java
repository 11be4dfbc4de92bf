package io.jcompose.cli.engine;

import java.io.IOException;
import java.util.OptionalInt;

/** Starts an engine process in the background; tests substitute one that serves a fake engine in-process. */
public interface EngineSpawner {

    /** Starts the engine for {@code layout} and returns at once, before it answers. */
    Spawned spawn(EngineLayout layout) throws IOException;

    /** A started engine process. */
    interface Spawned {
        long pid();

        /** Its exit code once it has exited, else empty. */
        OptionalInt exitCode();

        /** Sends it SIGTERM (only ever to the process this spawner started). */
        void destroy();
    }
}
