package io.jcompose.cli.compose.attach;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM caught while {@code up} is attached, so that Ctrl-C stops the project instead of ending the
 * JVM (whose shutdown hooks would race with the stopping); {@link #close()} puts the previous handlers back.
 */
public final class Signals implements AutoCloseable {

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private Signals() {
    }

    /** Calls {@code onSignal} (on the JVM's signal thread: it must not block) for each INT and TERM. */
    public static Signals install(Runnable onSignal) {
        Signals s = new Signals();
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                s.previous.add(Signal.handle(signal, sig -> onSignal.run()));
                s.signals.add(signal);
            } catch (IllegalArgumentException reservedByTheVm) {
                // -Xrs or an embedding that keeps the signal: the JVM's default stays
            }
        }
        return s;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
