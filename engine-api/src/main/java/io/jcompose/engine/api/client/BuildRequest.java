package io.jcompose.engine.api.client;

import java.util.List;
import java.util.Map;

/**
 * What {@code docker build} asks the engine besides the context: names for the result, the Dockerfile's path in
 * the context, build arguments, the stage to stop at and the builder's options. {@code shmSize} 0 leaves the
 * engine's default; {@code extraHosts} are {@code host:ip}; {@code namedContexts} are the names of the contexts
 * sent under {@code .jcompose-contexts/NAME/} in the same tar.
 */
public record BuildRequest(List<String> tags, String dockerfile, Map<String, String> buildArgs, String target,
        boolean noCache, boolean pull, Map<String, String> labels, boolean quiet, String networkMode, long shmSize,
        List<String> extraHosts, String platform, List<String> namedContexts) {

    /** Where the named contexts are in the context tar: {@code .jcompose-contexts/NAME/...}. */
    public static final String NAMED_CONTEXTS_DIR = ".jcompose-contexts";

    public BuildRequest {
        tags = List.copyOf(tags);
        dockerfile = dockerfile == null ? "" : dockerfile;
        buildArgs = Map.copyOf(buildArgs);
        target = target == null ? "" : target;
        labels = Map.copyOf(labels);
        networkMode = networkMode == null ? "" : networkMode;
        extraHosts = List.copyOf(extraHosts);
        platform = platform == null ? "" : platform;
        namedContexts = List.copyOf(namedContexts);
        if (shmSize < 0) {
            throw new IllegalArgumentException("shmSize must not be negative: " + shmSize);
        }
    }

    /** A request with only the names and the Dockerfile set. */
    public static BuildRequest of(List<String> tags, String dockerfile) {
        return new BuildRequest(tags, dockerfile, Map.of(), "", false, false, Map.of(), false, "", 0, List.of(), "",
                List.of());
    }

    public BuildRequest withDockerfile(String path) {
        return new BuildRequest(tags, path, buildArgs, target, noCache, pull, labels, quiet, networkMode, shmSize,
                extraHosts, platform, namedContexts);
    }

    public BuildRequest withNamedContexts(List<String> names) {
        return new BuildRequest(tags, dockerfile, buildArgs, target, noCache, pull, labels, quiet, networkMode,
                shmSize, extraHosts, platform, names);
    }
}
