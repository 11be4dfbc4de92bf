package io.jcompose.cli.compose.exec;

import io.jcompose.cli.build.ContextPacker;
import io.jcompose.cli.build.PackedContext;
import io.jcompose.engine.api.client.BuildApi;
import io.jcompose.engine.api.client.BuildOutput;
import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the images of services with {@code build:}, for {@code jcompose build} and before {@code up} creates
 * containers: independent builds run in parallel, each service's text prefixed by its name, and a failure stops
 * the others. An image two services share is built once.
 */
public final class ServiceBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceBuilds.class);

    private final BuildApi builds;
    private final ImageApi images;
    private final PrintWriter out;
    private final Progress progress;

    public ServiceBuilds(BuildApi builds, ImageApi images, PrintWriter out, Progress progress) {
        this.builds = builds;
        this.images = images;
        this.out = out;
        this.progress = progress;
    }

    /** The image a service runs: its {@code image:}, else docker compose's {@code PROJECT-SERVICE} for a build. */
    public static String imageName(Project project, Service service) {
        return BuildRequests.imageName(project, service);
    }

    /**
     * For {@code up}, before pulling: builds the services among {@code services} that need it under {@code policy}
     * ({@code pull_policy: build} always, unless NEVER); returns the services built.
     */
    public List<String> ensure(Project project, Collection<String> services, BuildPolicy policy)
            throws IOException, InterruptedException {
        List<Service> wanted = new ArrayList<>();
        for (String name : services) {
            Service s = project.service(name);
            if (s.build() != null && needsBuild(project, s, policy)) {
                wanted.add(s);
            }
        }
        return run(project, wanted, BuildOptions.NONE);
    }

    /** {@code jcompose build [SERVICE...]}: the named services (all when none) that have {@code build:}. */
    public List<String> build(Project project, List<String> services, BuildOptions options)
            throws IOException, InterruptedException {
        for (String name : services) {
            if (!project.services().containsKey(name)) {
                throw new ComposeException("no such service: " + name);
            }
        }
        List<Service> wanted = (services.isEmpty() ? project.services().keySet() : services).stream().sorted()
                .distinct().map(project::service).filter(s -> s.build() != null).toList();
        return run(project, wanted, options);
    }

    private boolean needsBuild(Project project, Service s, BuildPolicy policy) throws IOException {
        return switch (policy) {
            case NEVER -> false;
            case ALWAYS -> true;
            case MISSING -> "build".equals(s.pullPolicy()) || !present(imageName(project, s));
        };
    }

    private boolean present(String image) throws IOException {
        try {
            images.inspectImage(image);
            return true;
        } catch (EngineApiException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    /** Builds each image once (by its first service), all in parallel; the first failure cancels the rest. */
    private List<String> run(Project project, List<Service> services, BuildOptions options)
            throws IOException, InterruptedException {
        Map<String, Service> byImage = new LinkedHashMap<>();
        for (Service s : services) {
            byImage.putIfAbsent(imageName(project, s), s);
            if (!s.build().cacheFrom().isEmpty()) {
                LOG.debug("service {}: cache_from {} ignored (the engine's layer cache is used)", s.name(),
                        s.build().cacheFrom());
            }
        }
        int width = byImage.values().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Parallel.executor()) {
            for (Service s : byImage.values()) {
                futures.add(pool.submit(() -> {
                    buildOne(project, s, options, width);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    throw rethrow(e.getCause());
                }
            }
        }
        return byImage.values().stream().map(Service::name).toList();
    }

    private void buildOne(Project project, Service s, BuildOptions options, int width) throws IOException {
        String image = imageName(project, s);
        progress.report(ProgressEvent.working("Service", s.name(), "Building"));
        PrefixedOutput text = new PrefixedOutput(out, s.name(), width);
        try {
            PackedContext packed = ContextPacker.prepare(BuildRequests.source(s));
            BuildRequest request = BuildRequests.request(project, s, options).withDockerfile(packed.dockerfile())
                    .withNamedContexts(packed.namedContexts());
            builds.build(request, packed.body(), options.quiet() ? new Quiet() : text);
        } catch (EngineApiException e) {
            text.finish();
            progress.report(ProgressEvent.error("Service", s.name(), "Error"));
            throw new ComposeException(e.isNotFound() ? "service \"" + s.name() + "\" failed to build: this engine "
                    + "cannot build images yet (" + e.getMessage() + ")"
                    : "service \"" + s.name() + "\" failed to build: " + e.engineMessage(), e);
        } catch (ComposeException e) {
            progress.report(ProgressEvent.error("Service", s.name(), "Error"));
            throw e;
        }
        text.finish();
        progress.report(ProgressEvent.done("Service", s.name(), "Built"));
        LOG.debug("service {}: built {}", s.name(), image);
    }

    private static RuntimeException rethrowUnchecked(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        throw rethrowUnchecked(cause);
    }

    /** {@code -q}: nothing of the build's text. */
    private record Quiet() implements BuildOutput {
        @Override
        public void text(String text) {
        }
    }
}
