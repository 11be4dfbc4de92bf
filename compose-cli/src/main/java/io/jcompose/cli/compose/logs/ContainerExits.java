package io.jcompose.cli.compose.logs;

/** Told when a followed container has stopped for good (not restarting), with its exit code. */
@FunctionalInterface
public interface ContainerExits {

    ContainerExits IGNORE = (container, code) -> { };

    void exited(LoggedContainer container, int code);
}
