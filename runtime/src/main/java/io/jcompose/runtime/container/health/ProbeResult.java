package io.jcompose.runtime.container.health;

/**
 * What one run of a health command gave: its exit code and output, or that it ran past its timeout (then the
 * output is what it printed before it was stopped).
 */
public record ProbeResult(int exitCode, String output, boolean timedOut) {

    public ProbeResult {
        output = output == null ? "" : output;
    }

    /** The command ended with {@code exitCode}; output past 4096 bytes is dropped. */
    public static ProbeResult exited(int exitCode, byte[] output) {
        return new ProbeResult(exitCode, ProbeOutput.limit(output), false);
    }

    public static ProbeResult exited(int exitCode, String output) {
        return new ProbeResult(exitCode, output, false);
    }

    /** The command ran longer than the timeout and was stopped. */
    public static ProbeResult timedOut(String partialOutput) {
        return new ProbeResult(-1, partialOutput, true);
    }
}
