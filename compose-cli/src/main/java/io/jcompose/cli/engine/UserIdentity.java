package io.jcompose.cli.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process runs as root: the engine needs it, and the CLI says so before trying. */
@FunctionalInterface
public interface UserIdentity {

    boolean isRoot();

    /** The real answer: the owner of {@code /proc/self} is this process's effective user. */
    static UserIdentity current() {
        return () -> {
            try {
                return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
            } catch (IOException | RuntimeException e) {
                return "root".equals(System.getProperty("user.name"));
            }
        };
    }
}
