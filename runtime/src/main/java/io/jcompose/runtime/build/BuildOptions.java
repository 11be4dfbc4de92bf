package io.jcompose.runtime.build;

import io.jcompose.runtime.image.ref.ImageReference;
import java.util.List;
import java.util.Map;

/**
 * What {@code docker build} asks for.
 *
 * @param dockerfile path of the Dockerfile in the context
 * @param target     the stage to build, null for the last one
 * @param noCache    build every step again
 * @param pull       pull base images even when they are in the store
 */
public record BuildOptions(String dockerfile, List<ImageReference> tags, Map<String, String> buildArgs,
        String target, boolean noCache, boolean pull, Map<String, String> labels) {

    public BuildOptions {
        dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
        target = target == null || target.isEmpty() ? null : target;
    }

    public static BuildOptions defaults() {
        return new BuildOptions("Dockerfile", List.of(), Map.of(), null, false, false, Map.of());
    }
}
