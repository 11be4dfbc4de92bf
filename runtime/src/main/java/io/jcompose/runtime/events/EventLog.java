package io.jcompose.runtime.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The engine's recent events and their live subscribers: {@code /events?since=} replays from the last
 * {@value #KEEP} events, as docker keeps a bounded log, then streams new ones.
 */
public final class EventLog {

    static final int KEEP = 1024;

    private final Deque<EngineEvent> recent = new ArrayDeque<>();
    private final List<Consumer<EngineEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void publish(EngineEvent event) {
        synchronized (recent) {
            recent.addLast(event);
            if (recent.size() > KEEP) {
                recent.removeFirst();
            }
        }
        for (Consumer<EngineEvent> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    /** The kept events, oldest first, and a subscription to new ones from the same moment (none lost between). */
    public Subscription subscribe(Consumer<EngineEvent> subscriber) {
        synchronized (recent) {
            subscribers.add(subscriber);
            return new Subscription(new ArrayList<>(recent), () -> subscribers.remove(subscriber));
        }
    }

    /** Past events at the time of subscribing, and the means to stop. */
    public record Subscription(List<EngineEvent> past, Runnable cancel) {
    }
}
