package io.jcompose.cli.container;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jcompose container rename OLD NEW}: prints nothing on success, as docker does. */
@Command(name = "rename", description = "Rename a container.")
public final class ContainerRenameCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Parameters(index = "0", paramLabel = "CONTAINER")
    String container;

    @Parameters(index = "1", paramLabel = "NEW_NAME")
    String newName;

    @Override
    public Integer call() throws IOException {
        parent.containers().rename(container, newName);
        return 0;
    }
}
