package io.jcompose.runtime.api.build;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.build.BuildContext;
import io.jcompose.runtime.build.BuildOptions;
import io.jcompose.runtime.build.BuildOutput;
import io.jcompose.runtime.build.BuildService;
import io.jcompose.runtime.image.layer.ExtractOptions;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /build}, Docker's classic-builder API: the body is a tar (maybe gzip) of the build context, the
 * answer docker's JSON message stream ({@code stream} text, {@code aux} with the image ID, an {@code error} that
 * ends a failed build). Query: {@code t} (repeatable), {@code dockerfile}, {@code buildargs} and {@code labels}
 * (JSON objects), {@code target}, {@code nocache}, {@code pull}, {@code q}; {@code rm}, {@code forcerm},
 * {@code shmsize}, {@code extrahosts}, {@code platform} are accepted and have no effect yet (steps leave no
 * containers behind whatever they say); {@code networkmode} may be empty, {@code default} or {@code host}: RUN
 * steps use the host's network in this version.
 *
 * <p>jcompose extension, for compose's {@code build.additional_contexts}: {@code namedcontexts} is a JSON array of
 * names; the files of context NAME travel in the same tar under {@code .jcompose-contexts/NAME/}, and
 * {@code COPY --from=NAME} reads from there when no stage is called NAME. The {@code .jcompose-contexts/} folder is
 * never part of the main context.
 */
public final class BuildRoute {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BuildService builds;

    public BuildRoute(BuildService builds) {
        this.builds = builds;
    }

    public Route route() {
        return new Route("POST", "/build", this::handle);
    }

    ApiResponse handle(ApiRequest request) throws IOException {
        BuildOptions options = options(request);
        Set<String> named = new LinkedHashSet<>(jsonList(request, "namedcontexts"));
        String network = request.queryParam("networkmode").orElse("");
        if (!network.isEmpty() && !network.equals("default") && !network.equals("host")) {
            throw new ApiException(400, "network mode \"" + network + "\" is not supported for builds yet: RUN "
                    + "steps use the host's network");
        }
        boolean quiet = request.flag("q");
        Path holder = builds.newContextDir();
        Path dir = holder.resolve("context");
        try {
            new LayerExtractor(Native.linux()).extract("the build context", request.body(), dir, Optional.empty(),
                    ExtractOptions.untrusted());
        } catch (IOException e) {
            Trees.delete(holder);
            throw new ApiException(400, "the build context is not a valid tar archive: " + e.getMessage());
        }
        return ApiResponse.stream(200, "application/json", out -> {
            Lines lines = new Lines(out);
            try {
                BuildContext context = BuildContext.of(dir, named);
                builds.build(context, options, new BuildOutput() {
                    @Override
                    public void stream(String text) {
                        if (!quiet) {
                            lines.write(ProgressJson.stream(text));
                        }
                    }

                    @Override
                    public void imageId(String id) {
                        lines.write(ProgressJson.aux(Map.of("ID", id)));
                        if (quiet) {
                            lines.write(ProgressJson.stream(id + "\n"));
                        }
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lines.fail(e);
            } catch (IOException | RuntimeException e) {
                lines.fail(e);
            } finally {
                Trees.delete(holder);
            }
        });
    }

    static BuildOptions options(ApiRequest request) {
        List<ImageReference> tags = new ArrayList<>();
        for (String t : request.query().getOrDefault("t", List.of())) {
            try {
                tags.add(ImageReference.parse(t));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "invalid tag \"" + t + "\": " + e.getMessage());
            }
        }
        return new BuildOptions(request.queryParam("dockerfile").orElse("Dockerfile"), tags,
                jsonMap(request, "buildargs"), request.queryParam("target").orElse(null), request.flag("nocache"),
                request.flag("pull"), jsonMap(request, "labels"));
    }

    private static Map<String, String> jsonMap(ApiRequest request, String name) {
        Optional<String> text = request.queryParam(name).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, String> out = new LinkedHashMap<>();
            Map<?, ?> raw = JSON.readValue(text.get(), Map.class);
            raw.forEach((k, v) -> {
                if (v != null) {
                    out.put(String.valueOf(k), String.valueOf(v));
                }
            });
            return out;
        } catch (JacksonException e) {
            throw new ApiException(400, name + " is not a JSON object of strings: " + text.get());
        }
    }

    private static List<String> jsonList(ApiRequest request, String name) {
        Optional<String> text = request.queryParam(name).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(text.get(), String[].class));
        } catch (JacksonException | NullPointerException e) {
            throw new ApiException(400, name + " is not a JSON array of strings: " + text.get());
        }
    }

    /** Docker's JSON message stream, one flushed line per message. */
    private static final class Lines {
        private final OutputStream out;

        Lines(OutputStream out) {
            this.out = out;
        }

        synchronized void write(ProgressJson message) {
            try {
                out.write(ApiResponse.jsonBytes(message));
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the client stopped reading: " + e.getMessage(), e);
            }
        }

        void fail(Exception e) {
            try {
                write(ProgressJson.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (UncheckedIOException gone) {
                // the client left; there is no one to tell
            }
        }
    }
}
