package io.jcompose.runtime.container;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What happens to containers, for waiters ({@code wait}, {@code stop}) and for subscribers (the {@code /events}
 * stream later): exits complete the futures of those waiting for the next exit, removals those waiting for it.
 */
public final class ContainerEvents {

    /**
     * One event as docker names them: create, start, die, kill, oom, pause, unpause, rename, restart, destroy,
     * {@code health_status: healthy}...; {@code attributes} are docker's Actor attributes (labels, name, image,
     * exitCode for die).
     */
    public record Event(Instant time, String action, ContainerId id, ContainerName name, String image,
            Map<String, String> labels, Map<String, String> attributes) {
    }

    private final Map<ContainerId, CompletableFuture<Integer>> nextExit = new ConcurrentHashMap<>();
    private final Map<ContainerId, CompletableFuture<Integer>> removal = new ConcurrentHashMap<>();
    private final Map<ContainerId, Integer> lastExit = new ConcurrentHashMap<>();
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    /** Completes with the exit code of the container's next exit (or exceptionally when it is removed first). */
    public CompletableFuture<Integer> nextExit(ContainerId id) {
        return nextExit.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    /** Completes when the container is removed, with its last exit code. */
    public CompletableFuture<Integer> removal(ContainerId id) {
        return removal.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    void exited(ContainerId id, int exitCode) {
        lastExit.put(id, exitCode);
        CompletableFuture<Integer> waiting = nextExit.remove(id);
        if (waiting != null) {
            waiting.complete(exitCode);
        }
    }

    void removed(ContainerId id) {
        CompletableFuture<Integer> waiting = nextExit.remove(id);
        if (waiting != null) {
            waiting.completeExceptionally(ContainerException.notFound(id.hex()));
        }
        Integer code = lastExit.remove(id);
        CompletableFuture<Integer> gone = removal.remove(id);
        if (gone != null) {
            gone.complete(code == null ? 0 : code); // docker run --rm exits with this
        }
    }

    /** Receives every event from now on; returns the means to stop. */
    public Runnable subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    void publish(ContainerRecord record, String action) {
        if (subscribers.isEmpty()) {
            return;
        }
        Map<String, String> labels = record.config().labels() == null ? Map.of() : record.config().labels();
        Map<String, String> attributes = new java.util.TreeMap<>(labels);
        attributes.put("name", record.name().value());
        attributes.put("image", record.image());
        if (action.equals("die")) {
            attributes.put("exitCode", Integer.toString(record.state().exitCode()));
        }
        Event event = new Event(Instant.now(), action, record.id(), record.name(), record.image(), labels,
                Map.copyOf(attributes));
        for (Consumer<Event> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }
}
