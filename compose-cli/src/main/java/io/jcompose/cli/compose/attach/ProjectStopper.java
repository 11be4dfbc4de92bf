package io.jcompose.cli.compose.attach;

import java.io.IOException;

/** Stops or kills the containers an attached {@code up} runs; a fake records the calls in tests. */
public interface ProjectStopper {

    /** Stops them with their stop signal and timeout, dependents first. */
    void stop() throws IOException, InterruptedException;

    /** Kills them at once (a second Ctrl-C). */
    void kill() throws IOException, InterruptedException;
}
