package io.jcompose.cli.compose.attach;

import io.jcompose.cli.compose.logs.LoggedContainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The life of an attached {@code up} once its containers run: the logs are followed on a virtual thread, and
 * container exits and signals arrive as events on one queue, handled in turn by {@link AttachedState}; stopping
 * and killing run on their own threads so that a second Ctrl-C is heard while a stop waits. Ends when the
 * followed containers have all stopped and the stop, if any, is done.
 */
public final class AttachedSession {

    /** The log following: returns when no attached container runs any more. */
    @FunctionalInterface
    public interface Watch {
        void run() throws IOException, InterruptedException;
    }

    private sealed interface Event permits Signal, Exit, Done, Failed {
    }

    private record Signal() implements Event {
    }

    private record Exit(LoggedContainer container, int code) implements Event {
    }

    private record Done() implements Event {
    }

    private record Failed(Exception cause) implements Event {
    }

    private final AttachedState state;
    private final ProjectStopper stopper;
    private final PrintWriter info;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Thread> actions = new ArrayList<>();

    /** {@code info}: where the {@code Gracefully stopping...} lines go (stderr, as docker compose prints them). */
    public AttachedSession(AttachedState state, ProjectStopper stopper, PrintWriter info) {
        this.state = state;
        this.stopper = stopper;
        this.info = info;
    }

    /** A SIGINT or SIGTERM; safe to call from a signal handler (it only queues). */
    public void signal() {
        events.add(new Signal());
    }

    /** A followed container stopped for good. */
    public void exited(LoggedContainer container, int code) {
        events.add(new Exit(container, code));
    }

    /** Runs {@code watch} and handles the events until it is over; returns the exit code. */
    public int run(Watch watch) throws IOException, InterruptedException {
        Thread watcher = Thread.ofPlatform().daemon().name("attached logs").start(() -> {
            try {
                watch.run();
                events.add(new Done());
            } catch (IOException | RuntimeException | InterruptedException e) {
                events.add(new Failed(e));
            }
        });
        boolean watching = true;
        IOException failure = null;
        try {
            while (watching || actions.stream().anyMatch(Thread::isAlive)) {
                Event e = events.poll(100, TimeUnit.MILLISECONDS);
                switch (e) {
                    case null -> { }
                    case Signal s -> act(state.onSignal());
                    case Exit x -> act(state.onExit(x.container().service(), x.code()));
                    case Done d -> watching = false;
                    case Failed f -> {
                        watching = false;
                        failure = f.cause() instanceof IOException io ? io : new IOException(f.cause().getMessage(),
                                f.cause());
                    }
                }
            }
        } finally {
            watcher.interrupt();
            actions.forEach(Thread::interrupt);
        }
        if (failure != null && state.exitCode() != 130) {
            throw failure;
        }
        return state.exitCode();
    }

    private void act(AttachedState.Step step) {
        switch (step) {
            case NONE -> { }
            case STOP_ON_EXIT -> {
                say("Aborting on container exit...");
                start(stopper::stop);
            }
            case STOP_ON_SIGNAL -> {
                say("Gracefully stopping... (press Ctrl+C again to force)");
                start(stopper::stop);
            }
            case KILL -> start(stopper::kill);
        }
    }

    private void say(String line) {
        info.println(line);
        info.flush();
    }

    private void start(Watch action) {
        actions.add(Thread.ofPlatform().daemon().name("stopping").start(() -> {
            try {
                action.run();
            } catch (IOException e) {
                say(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
