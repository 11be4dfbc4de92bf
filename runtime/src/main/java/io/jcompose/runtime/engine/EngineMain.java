package io.jcompose.runtime.engine;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine process: {@code java -cp ENGINE-CLASSPATH io.jcompose.runtime.engine.EngineMain [--state DIR]
 * [--socket PATH] [--log FILE]}. Started by {@code jcompose engine start} (or on first use); stopped by SIGTERM,
 * which closes the server, removes the socket and pid file and releases the lock.
 */
public final class EngineMain {

    /** Exit code for a wrong command line. */
    static final int USAGE = 2;
    /** Exit code for every other failure to start (another engine, not root, socket in use). */
    static final int FAILURE = 1;

    private EngineMain() {
    }

    public static void main(String[] args) {
        EngineOptions options;
        try {
            options = EngineOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("jcompose engine: " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        try {
            options.log().ifPresent(EngineMain::redirectOutput);
        } catch (java.io.UncheckedIOException e) {
            System.err.println("jcompose engine: cannot write the log " + options.log().get() + ": "
                    + e.getCause().getMessage());
            System.exit(FAILURE);
        }
        configureLogging();
        Logger log = LoggerFactory.getLogger(EngineMain.class);
        if (!isRoot()) {
            log.error("the jcompose engine needs root: it runs containers with runc, mounts their file systems "
                    + "and sets up their networks (start it as root, e.g. sudo jcompose engine start)");
            System.exit(FAILURE);
        }
        Engine engine;
        String version = EngineVersion.current();
        long pid = ProcessHandle.current().pid();
        try {
            engine = Engine.start(options, version, HostFacts.read(), pid);
        } catch (EngineLockedException | IOException e) {
            log.error("{}", e.getMessage());
            System.exit(FAILURE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(engine, log), "engine-shutdown"));
        log.info("jcompose engine {} started (pid {}, socket {}, state {})", version, pid, options.socket(),
                options.state());
        try {
            new CountDownLatch(1).await(); // serves until SIGTERM/SIGINT runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Engine engine, Logger log) {
        log.info("stopping (pid {})", ProcessHandle.current().pid());
        try {
            engine.close();
            log.info("stopped");
        } catch (IOException | RuntimeException e) {
            log.error("stopping failed: {}", e.getMessage(), e);
        }
    }

    /** Both stdout and stderr (and so the logger) append to the log file. */
    private static void redirectOutput(Path logFile) {
        try {
            Path parent = logFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            PrintStream out = new PrintStream(new FileOutputStream(logFile.toFile(), true), true, StandardCharsets.UTF_8);
            System.setOut(out);
            System.setErr(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** slf4j-simple's settings, unless given with -D: timestamps, INFO, Jetty's chatter only from WARN. */
    private static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
