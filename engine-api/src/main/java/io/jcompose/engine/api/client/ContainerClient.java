package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerTopJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.ByteArrayInputStream;
import io.jcompose.engine.api.stream.Demultiplexer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * {@link ContainerApi} over the engine's UNIX socket, beside {@link EngineClient} and sharing its JSON rules:
 * IDs and names are sent as path segments, bodies as JSON, and output is streamed, never held in memory.
 */
public final class ContainerClient implements ContainerApi {

    static final String MULTIPLEXED = io.jcompose.engine.api.stream.StreamFrames.MULTIPLEXED_CONTENT_TYPE;
    static final String RAW = "application/vnd.docker.raw-stream";

    private final StreamingUnixSocketHttp http;

    public ContainerClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public ContainerCreatedJson create(String name, ContainerCreateJson body) throws IOException {
        byte[] json = EngineClient.JSON.writeValueAsBytes(body);
        String target = ApiTarget.of("/containers/create").param("name", name).build();
        ContainerCreatedJson created;
        try (StreamingResponse r = http.open("POST", target, Map.of("Content-Type", "application/json"),
                new ByteArrayInputStream(json))) {
            EngineClient.check(r);
            created = EngineClient.JSON.treeToValue(EngineClient.parse(r.body().readAllBytes()),
                    ContainerCreatedJson.class);
        }
        return created.warnings() == null ? new ContainerCreatedJson(created.id(), List.of()) : created;
    }

    @Override
    public void start(String id) throws IOException {
        call("POST", ApiTarget.of(path(id, "start")));
    }

    @Override
    public void stop(String id, OptionalInt timeoutSeconds, String signal) throws IOException {
        call("POST", timeout(ApiTarget.of(path(id, "stop")), timeoutSeconds).param("signal", signal));
    }

    @Override
    public void kill(String id, String signal) throws IOException {
        call("POST", ApiTarget.of(path(id, "kill")).param("signal", signal));
    }

    @Override
    public void restart(String id, OptionalInt timeoutSeconds) throws IOException {
        call("POST", timeout(ApiTarget.of(path(id, "restart")), timeoutSeconds));
    }

    @Override
    public void remove(String id, boolean force, boolean volumes) throws IOException {
        call("DELETE", ApiTarget.of("/containers/" + segment(id)).flag("force", force).flag("v", volumes));
    }

    @Override
    public List<ContainerSummaryJson> list(boolean all, Map<String, List<String>> filters) throws IOException {
        ApiTarget q = ApiTarget.of("/containers/json").flag("all", all);
        if (!filters.isEmpty()) {
            q.param("filters", EngineClient.JSON.writeValueAsString(new java.util.TreeMap<>(filters)));
        }
        JsonNode list = json("GET", q);
        return list.valueStream().map(n -> EngineClient.JSON.treeToValue(n, ContainerSummaryJson.class)).toList();
    }

    @Override
    public ContainerInspectJson inspect(String id) throws IOException {
        return EngineClient.JSON.treeToValue(json("GET", ApiTarget.of(path(id, "json"))),
                ContainerInspectJson.class);
    }

    @Override
    public PendingWait startWait(String id, WaitCondition condition) throws IOException {
        String target = ApiTarget.of(path(id, "wait")).param("condition", condition.wire()).build();
        return new PendingWait(checked(http.open("POST", target, Map.of(), null)));
    }

    @Override
    public HijackedStream attach(String id, AttachOptions options, boolean tty) throws IOException {
        String target = options.query(ApiTarget.of(path(id, "attach"))).build();
        return new HijackedStream(checked(http.hijack("POST", target, Map.of("Content-Type", "text/plain"),
                new byte[0])), tty);
    }

    @Override
    public ContainerTopJson top(String id, String psArgs) throws IOException {
        return EngineClient.JSON.treeToValue(json("GET", ApiTarget.of(path(id, "top")).param("ps_args", psArgs)),
                ContainerTopJson.class);
    }

    @Override
    public ContainerStatsJson stats(String id) throws IOException {
        return EngineClient.JSON.treeToValue(json("GET", ApiTarget.of(path(id, "stats")).param("stream", "0")),
                ContainerStatsJson.class);
    }

    @Override
    public void stats(String id, Consumer<ContainerStatsJson> each) throws IOException {
        String target = ApiTarget.of(path(id, "stats")).param("stream", "1").build();
        try (StreamingResponse r = http.open("GET", target, Map.of(), null)) {
            EngineClient.check(r);
            try (MappingIterator<ContainerStatsJson> samples = EngineClient.JSON.readerFor(ContainerStatsJson.class)
                    .readValues(r.body())) {
                while (samples.hasNextValue()) {
                    each.accept(samples.nextValue());
                }
            } catch (JacksonIOException e) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            } catch (JacksonException e) {
                throw new IOException("the engine sent a malformed stats stream: " + e.getOriginalMessage(), e);
            }
        }
    }

    /** The response if it is a success; else it is closed and the engine's refusal thrown. */
    private static StreamingResponse checked(StreamingResponse r) throws IOException {
        try {
            EngineClient.check(r);
            return r;
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    @Override
    public void resize(String id, int height, int width) throws IOException {
        call("POST", ApiTarget.of(path(id, "resize")).param("h", Integer.toString(height))
                .param("w", Integer.toString(width)));
    }

    @Override
    public void pause(String id) throws IOException {
        call("POST", ApiTarget.of(path(id, "pause")));
    }

    @Override
    public void unpause(String id) throws IOException {
        call("POST", ApiTarget.of(path(id, "unpause")));
    }

    @Override
    public void rename(String id, String newName) throws IOException {
        call("POST", ApiTarget.of(path(id, "rename")).param("name", newName));
    }

    @Override
    public void logs(String id, LogsOptions o, OutputStream stdout, OutputStream stderr) throws IOException {
        ApiTarget q = ApiTarget.of(path(id, "logs")).flag("stdout", o.stdout()).flag("stderr", o.stderr())
                .flag("follow", o.follow()).flag("timestamps", o.timestamps()).param("since", o.since())
                .param("until", o.until()).param("tail", o.tail());
        try (StreamingResponse r = http.open("GET", q.build(), Map.of(), null)) {
            EngineClient.check(r);
            InputStream body = r.body();
            String type = r.header("Content-Type").orElse(MULTIPLEXED);
            if (type.startsWith(RAW)) {
                body.transferTo(new FlushingStream(stdout));
            } else {
                new Demultiplexer(body).copyTo(stdout, stderr);
            }
        }
        stdout.flush();
        stderr.flush();
    }

    /** A request without a useful answer; 304 (already started, already stopped) is success, as docker has it. */
    private void call(String method, ApiTarget target) throws IOException {
        try (StreamingResponse r = http.open(method, target.build(), Map.of(), null)) {
            if (r.status() != 304) {
                EngineClient.check(r);
            }
            r.body().transferTo(OutputStream.nullOutputStream());
        }
    }

    private JsonNode json(String method, ApiTarget target) throws IOException {
        try (StreamingResponse r = http.open(method, target.build(), Map.of(), null)) {
            EngineClient.check(r);
            byte[] bytes = r.body().readAllBytes();
            return bytes.length == 0 ? EngineClient.JSON.nullNode() : EngineClient.parse(bytes);
        }
    }

    private static ApiTarget timeout(ApiTarget target, OptionalInt seconds) {
        return seconds.isPresent() ? target.param("t", Integer.toString(seconds.getAsInt())) : target;
    }

    private static String path(String id, String action) {
        return "/containers/" + segment(id) + "/" + action;
    }

    /** Percent-encodes all but the characters a container name or ID may hold, so no input can change the path. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** A TTY container's raw output, flushed after every read so that a follower sees it live. */
    private static final class FlushingStream extends java.io.FilterOutputStream {

        FlushingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
        }
    }
}
