package io.jcompose.model.project;

import io.jcompose.model.value.ByteSize;
import java.util.List;
import java.util.Map;

/** How to build a service's image: context, Dockerfile, arguments and the options passed to the builder. */
public record Build(String context, String dockerfile, String dockerfileInline, Map<String, String> args,
        String target, Map<String, String> labels, List<String> tags, List<String> cacheFrom,
        List<String> cacheTo, String network, List<String> platforms, boolean noCache, boolean pull,
        ByteSize shmSize, List<String> extraHosts, Map<String, String> additionalContexts) {

    public Build {
        args = Copies.map(args);
        labels = Copies.map(labels);
        tags = Copies.list(tags);
        cacheFrom = Copies.list(cacheFrom);
        cacheTo = Copies.list(cacheTo);
        platforms = Copies.list(platforms);
        extraHosts = Copies.list(extraHosts);
        additionalContexts = Copies.map(additionalContexts);
    }
}
