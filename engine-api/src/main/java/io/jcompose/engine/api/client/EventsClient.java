package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.EventJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;

/** {@link EventsApi} over the engine's UNIX socket: the JSON lines are read one by one as they arrive. */
public final class EventsClient implements EventsApi {

    private final StreamingUnixSocketHttp http;

    public EventsClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public void events(Map<String, List<String>> filters, Consumer<EventJson> each) throws IOException {
        ApiTarget q = ApiTarget.of("/events");
        if (!filters.isEmpty()) {
            q.param("filters", EngineClient.JSON.writeValueAsString(new TreeMap<>(filters)));
        }
        try (StreamingResponse r = http.open("GET", q.build(), Map.of(), null)) {
            EngineClient.check(r);
            try (MappingIterator<EventJson> events = EngineClient.JSON.readerFor(EventJson.class)
                    .readValues(r.body())) {
                while (events.hasNextValue()) {
                    each.accept(events.nextValue());
                }
            } catch (JacksonIOException e) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            } catch (JacksonException e) {
                throw new IOException("the engine sent a malformed event stream: " + e.getOriginalMessage(), e);
            }
        }
    }
}
