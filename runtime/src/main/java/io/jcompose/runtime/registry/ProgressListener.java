package io.jcompose.runtime.registry;

/** Receives progress events; called from several transfer threads at once, so implementations are thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = event -> {
    };

    void on(ProgressEvent event);
}
