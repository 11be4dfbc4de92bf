package io.jcompose.cli.compose.exec;

import io.jcompose.cli.build.BuildSource;
import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Build;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service's {@code build:} as the engine's build request and the sources to pack, with docker compose's names. */
final class BuildRequests {

    private BuildRequests() {
    }

    /** The service's {@code image:}, else docker compose's default {@code PROJECT-SERVICE}. */
    static String imageName(Project project, Service service) {
        return service.image() != null && !service.image().isEmpty() ? service.image()
                : project.name() + "-" + service.name();
    }

    static BuildRequest request(Project project, Service service, BuildOptions options) {
        Build b = service.build();
        List<String> tags = new ArrayList<>();
        tags.add(imageName(project, service));
        b.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        Map<String, String> args = new LinkedHashMap<>();
        b.args().forEach((k, v) -> {
            if (v != null) {
                args.put(k, v);
            }
        });
        args.putAll(options.buildArgs());
        String platform = service.platform() != null ? service.platform()
                : b.platforms().size() == 1 ? b.platforms().getFirst() : "";
        List<String> hosts = b.extraHosts().stream().map(BuildRequests::engineHost).toList();
        return new BuildRequest(tags, "", args, b.target(), options.noCache() || b.noCache(),
                options.pull() || b.pull(), b.labels(), options.quiet(), b.network(),
                b.shmSize() == null ? 0 : b.shmSize().bytes(), hosts, platform, List.of());
    }

    static BuildSource source(Service service) {
        Build b = service.build();
        if (b.context() != null && (b.context().contains("://") || b.context().startsWith("git@"))) {
            throw new ComposeException("service \"" + service.name() + "\": build context \"" + b.context()
                    + "\" is not supported yet: only local directories can be built");
        }
        Map<String, Path> named = new LinkedHashMap<>();
        b.additionalContexts().forEach((name, value) -> {
            if (value.startsWith("service:") || value.contains("://") || value.startsWith("git@")) {
                throw new ComposeException("service \"" + service.name() + "\": additional context \"" + name
                        + "\" (\"" + value + "\") is not supported yet: only local directories can be additional "
                        + "contexts");
            }
            named.put(name, Path.of(value));
        });
        return new BuildSource(Path.of(b.context()), b.dockerfileInline() == null ? b.dockerfile() : null,
                b.dockerfileInline(), named);
    }

    /** The model's {@code host=ip} as the engine's {@code host:ip}. */
    private static String engineHost(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq) + ":" + entry.substring(eq + 1);
    }
}
