package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.stream.StreamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An exec runner for tests without root: every launch is recorded, gets a PID, and does what the test scripted
 * (by default it writes its arguments to stdout and exits 0).
 */
public final class FakeExecRunner implements ExecRunner {

    /** What a launched process does. */
    @FunctionalInterface
    public interface Behaviour {
        Exit run(Launch launch) throws IOException;
    }

    private final List<Launch> launches = new ArrayList<>();
    private final AtomicLong pids = new AtomicLong(4000);
    private volatile Behaviour behaviour = launch -> {
        byte[] out = (String.join(" ", launch.process().args()) + "\n").getBytes(StandardCharsets.UTF_8);
        launch.sink().write(StreamType.STDOUT, out, 0, out.length);
        return Exit.of(0);
    };

    public void behave(Behaviour next) {
        behaviour = next;
    }

    public synchronized List<Launch> launches() {
        return List.copyOf(launches);
    }

    @Override
    public Exit run(Launch launch) throws IOException {
        synchronized (this) {
            launches.add(launch);
        }
        launch.onPid().accept(pids.incrementAndGet());
        return behaviour.run(launch);
    }

    /** Writes text to a launch's sink, for behaviours. */
    public static void write(Launch launch, StreamType stream, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        launch.sink().write(stream, bytes, 0, bytes.length);
    }
}
