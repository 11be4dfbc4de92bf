package io.jcompose.runtime.events;

import java.time.Instant;
import java.util.Map;

/** One thing that happened in the engine, as docker's {@code /events} reports it: type, action, actor, time. */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes, Instant time) {

    public EngineEvent {
        attributes = Map.copyOf(attributes);
    }
}
