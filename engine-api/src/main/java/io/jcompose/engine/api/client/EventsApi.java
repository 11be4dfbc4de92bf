package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.EventJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The engine's event stream, as {@code docker events} and {@code compose events} follow it; fakes replace it. */
public interface EventsApi {

    /**
     * {@code GET /events?filters=}: each event as it happens, until the engine ends the stream; interrupting the
     * calling thread ends it early.
     */
    void events(Map<String, List<String>> filters, Consumer<EventJson> each) throws IOException;
}
