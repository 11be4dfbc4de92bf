package io.jcompose.runtime.container.exec;

/**
 * The outcome of a one-shot exec such as a health check probe: exit code, stdout and stderr together (as docker
 * keeps a probe's output, cut at the caller's limit), and whether the timeout killed it.
 */
public record ExecResult(int exitCode, String output, boolean timedOut) {
}
