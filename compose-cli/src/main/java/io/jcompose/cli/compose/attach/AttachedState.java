package io.jcompose.cli.compose.attach;

/**
 * The decisions of an attached {@code up}, apart from threads and engines so that they can be tested: a first
 * Ctrl-C (or SIGTERM) stops the project gracefully, a second kills it; with {@code --abort-on-container-exit}
 * (or {@code --exit-code-from}) the first exit stops everything, with {@code --abort-on-container-failure} the first
 * non-zero one; and the exit code docker compose v2 returns: 130 after Ctrl-C, the chosen service's code with
 * {@code --exit-code-from}, the code of the container that made it abort, else 0.
 */
public final class AttachedState {

    /** What to do after an event. */
    public enum Step { NONE, STOP_ON_EXIT, STOP_ON_SIGNAL, KILL }

    private final boolean abortOnExit;
    private final boolean abortOnFailure;
    private final String exitCodeFrom;
    private int signals;
    private boolean stopping;
    private Integer abortCode;
    private Integer fromCode;

    /** {@code exitCodeFrom}: a service name, or null. */
    public AttachedState(boolean abortOnExit, boolean abortOnFailure, String exitCodeFrom) {
        this.abortOnExit = abortOnExit || exitCodeFrom != null;
        this.abortOnFailure = abortOnFailure;
        this.exitCodeFrom = exitCodeFrom;
    }

    public synchronized Step onSignal() {
        signals++;
        if (signals > 1) {
            return Step.KILL;
        }
        if (stopping) {
            return Step.NONE; // already stopping because a container exited; a second signal kills
        }
        stopping = true;
        return Step.STOP_ON_SIGNAL;
    }

    public synchronized Step onExit(String service, int code) {
        if (exitCodeFrom != null && exitCodeFrom.equals(service) && fromCode == null) {
            fromCode = code;
        }
        if (stopping) {
            return Step.NONE;
        }
        if (abortOnExit || abortOnFailure && code != 0) {
            stopping = true;
            abortCode = code;
            return Step.STOP_ON_EXIT;
        }
        return Step.NONE;
    }

    public synchronized int exitCode() {
        if (signals > 0) {
            return 130;
        }
        if (exitCodeFrom != null) {
            return fromCode == null ? 0 : fromCode;
        }
        return abortCode == null ? 0 : abortCode;
    }
}
