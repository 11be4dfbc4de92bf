package io.jcompose.cli.compose.exec;

import java.util.Map;

/** The command line's say on compose builds ({@code jcompose build} flags); {@link #NONE} for {@code up}. */
public record BuildOptions(boolean noCache, boolean pull, Map<String, String> buildArgs, boolean quiet) {

    public static final BuildOptions NONE = new BuildOptions(false, false, Map.of(), false);

    public BuildOptions {
        buildArgs = Map.copyOf(buildArgs);
    }
}
