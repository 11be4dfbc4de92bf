package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.ContainerId;
import java.util.Optional;

/**
 * What an exec is at one moment, for inspect: its request (user and working directory as given, or the
 * container's), whether it runs, its exit code once it ended, and its host PID once it started (0 before).
 */
public record ExecInstance(ExecId id, ContainerId containerId, ExecSpec spec, boolean running,
        Optional<Integer> exitCode, long pid) {
}
