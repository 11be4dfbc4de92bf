package io.jcompose.cli.container;

import io.jcompose.engine.api.json.ContainerTopJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container top CONTAINER [ps OPTIONS]}: the engine's ps table, aligned as docker aligns it. */
@Command(name = "top", description = "Display the running processes of a container.")
public final class ContainerTopCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTAINER")
    String container;

    @Parameters(index = "1..*", paramLabel = "PS_OPTIONS", description = "Options for ps (e.g. -o pid,comm).")
    List<String> psArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ContainerTopJson top = parent.containers().top(container, String.join(" ", psArgs));
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", top.titles()));
        top.processes().forEach(p -> lines.add(String.join("\t", p)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(TabColumns.align(lines, TabColumns.TOP_MIN_WIDTH));
        out.flush();
        return 0;
    }
}
