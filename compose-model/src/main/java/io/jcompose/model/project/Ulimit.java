package io.jcompose.model.project;

/** One ulimit: either a single value for soft and hard ({@code single}), or separate soft and hard limits. */
public record Ulimit(Long single, Long soft, Long hard) {

    public long softLimit() {
        return single != null ? single : soft == null ? 0 : soft;
    }

    public long hardLimit() {
        return single != null ? single : hard == null ? 0 : hard;
    }
}
