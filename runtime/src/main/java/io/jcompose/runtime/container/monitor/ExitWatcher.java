package io.jcompose.runtime.container.monitor;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the directory where conmon writes exit files and reports each container ID whose file appears, so the
 * engine learns of an exit at once without a thread per container.
 */
public final class ExitWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExitWatcher.class);

    private final WatchService watcher;
    private final Thread thread;

    private ExitWatcher(WatchService watcher, Path dir, Consumer<String> onExit) {
        this.watcher = watcher;
        this.thread = Thread.ofPlatform().daemon().name("exit-watcher").start(() -> loop(dir, onExit));
    }

    /** Starts watching {@code dir}; {@code onExit} gets the container ID, on the watcher's thread. */
    public static ExitWatcher watch(Path dir, Consumer<String> onExit) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        return new ExitWatcher(watcher, dir, onExit);
    }

    private void loop(Path dir, Consumer<String> onExit) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && !name.toString().startsWith(".")) {
                        try {
                            onExit.accept(name.toString());
                        } catch (RuntimeException e) {
                            LOG.warn("handling the exit of {} failed", name, e);
                        }
                    }
                }
                if (!key.reset()) {
                    LOG.error("exit directory {} is no longer watched", dir);
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
