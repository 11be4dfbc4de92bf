package io.jcompose.runtime.api.container;

import io.jcompose.engine.api.json.ExecConfigJson;
import io.jcompose.engine.api.json.ExecInspectJson;
import io.jcompose.engine.api.json.ExecStartJson;
import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.exec.ExecId;
import io.jcompose.runtime.container.exec.ExecInstance;
import io.jcompose.runtime.container.exec.ExecSpec;
import io.jcompose.runtime.container.exec.ExecStart;
import io.jcompose.runtime.container.exec.Execs;
import io.jcompose.runtime.container.exec.OutputSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Docker Engine API's exec endpoints: create an exec in a running container, start it (detached, or with its
 * output streamed back), inspect it, and resize its terminal.
 */
public final class ExecRoutes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Execs execs;

    public ExecRoutes(Execs execs) {
        this.execs = execs;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/containers/{id}/exec", ContainerRoutes.guard(this::create)),
                new Route("POST", "/exec/{id}/start", ContainerRoutes.guard(this::start)),
                new Route("GET", "/exec/{id}/json", ContainerRoutes.guard(this::inspect)),
                new Route("POST", "/exec/{id}/resize", ContainerRoutes.guard(this::resize)));
    }

    /** What {@code POST /exec/{id}/start} does: nothing more to send (detached), or a stream to run. */
    public record Start(boolean detached, String contentType, ExecStream stream) {
    }

    ApiResponse create(ApiRequest request) throws IOException {
        ExecConfigJson body = read(request, ExecConfigJson.class);
        if (body == null) {
            throw new ApiException(400, "No exec command specified");
        }
        ExecId id = execs.create(request.pathParam("id"), spec(body));
        size(id.hex(), body.consoleSize());
        return ApiResponse.json(201, Map.of("Id", id.hex()));
    }

    ApiResponse start(ApiRequest request) throws IOException {
        Start start = start(request.pathParam("id"), read(request, ExecStartJson.class));
        if (start.detached()) {
            return ApiResponse.empty(200);
        }
        // docker's CLI hijacks the connection (101, then stdin and output on one socket); others get a 200 stream
        return ApiResponse.upgrade(start.contentType(), (fromClient, toClient) -> {
            toClient.flush();
            start.stream().run(fromClient, toClient);
            toClient.flush();
        });
    }

    /**
     * Claims the exec (404/409 are thrown here, before any response is sent) and either starts it in the
     * background or returns the stream that runs it; a hijacking server calls this, then the stream on its
     * connection.
     */
    public Start start(String execId, ExecStartJson body) throws IOException {
        boolean detach = body != null && Boolean.TRUE.equals(body.detach());
        if (detach) {
            execs.startDetached(execId);
            return new Start(true, StreamFrames.RAW_CONTENT_TYPE, (stdin, out) -> { });
        }
        boolean tty = execs.inspect(execId).spec().tty();
        if (body != null) {
            size(execId, body.consoleSize());
        }
        ExecStart run = execs.start(execId);
        return new Start(false, tty ? StreamFrames.RAW_CONTENT_TYPE : StreamFrames.MULTIPLEXED_CONTENT_TYPE,
                (stdin, out) -> run.run(stdin, sink(out, tty)));
    }

    ApiResponse inspect(ApiRequest request) {
        ExecInstance exec = execs.inspect(request.pathParam("id"));
        ExecSpec spec = exec.spec();
        return ApiResponse.json(200, new ExecInspectJson(exec.id().hex(), exec.running(),
                exec.exitCode().orElse(null),
                new ExecInspectJson.ProcessConfig(spec.privileged(), spec.user(), spec.tty(), spec.cmd().getFirst(),
                        spec.cmd().subList(1, spec.cmd().size())),
                spec.attachStdin(), spec.attachStderr(), spec.attachStdout(), false, exec.containerId().hex(),
                spec.detachKeys(), exec.pid()));
    }

    ApiResponse resize(ApiRequest request) {
        int height = dimension(request, "h");
        int width = dimension(request, "w");
        execs.resize(request.pathParam("id"), height, width);
        return ApiResponse.empty(200);
    }

    /** Docker's {@code ConsoleSize} [height, width], when given. */
    private void size(String execId, List<Integer> consoleSize) {
        if (consoleSize != null && consoleSize.size() == 2 && consoleSize.get(0) != null && consoleSize.get(1) != null) {
            execs.resize(execId, consoleSize.get(0), consoleSize.get(1));
        }
    }

    /** Docker's framing unless TTY; each chunk is flushed so that the client sees output as it comes. */
    static OutputSink sink(OutputStream out, boolean tty) {
        return (stream, bytes, offset, length) -> {
            synchronized (out) {
                if (tty) {
                    out.write(bytes, offset, length);
                } else {
                    StreamFrames.write(out, stream, bytes, offset, length);
                }
                out.flush();
            }
        };
    }

    static ExecSpec spec(ExecConfigJson body) {
        return new ExecSpec(body.cmd(), body.env(), body.user(), body.workingDir(), Boolean.TRUE.equals(body.tty()),
                Boolean.TRUE.equals(body.privileged()), Boolean.TRUE.equals(body.attachStdin()),
                Boolean.TRUE.equals(body.attachStdout()), Boolean.TRUE.equals(body.attachStderr()),
                body.detachKeys());
    }

    private static int dimension(ApiRequest request, String name) {
        String value = request.queryParam(name).orElse("0");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid " + name + " \"" + value + "\": not a number");
        }
    }

    private static <T> T read(ApiRequest request, Class<T> type) throws IOException {
        byte[] body = request.bodyBytes();
        if (body.length == 0) {
            return null;
        }
        try {
            return JSON.readValue(body, type);
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON: " + e.getOriginalMessage());
        }
    }
}
