package io.jcompose.cli.container;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container wait NAME...}: blocks until each has stopped, printing its exit code. */
@Command(name = "wait", description = "Block until one or more containers stop, then print their exit codes.")
public final class ContainerWaitCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (String c : containers) {
            try {
                ContainerWaitJson result = api.wait(c, WaitCondition.NOT_RUNNING);
                if (result.error() != null && result.error().message() != null) {
                    err.println("Error: " + result.error().message());
                    code = 1;
                } else {
                    out.println(result.statusCode());
                }
            } catch (EngineApiException e) {
                err.println(e.getMessage());
                code = 1;
            }
            out.flush();
            err.flush();
        }
        return code;
    }
}
