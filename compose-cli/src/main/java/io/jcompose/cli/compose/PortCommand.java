package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerSummaryJson.PortJson;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose port SERVICE PRIVATE_PORT}: where a container port is published, as {@code 127.0.0.1:18080}. */
@Command(name = "port", description = "Print the public port for a port binding.")
public final class PortCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", defaultValue = "tcp", description = "tcp or udp "
            + "(default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--index", paramLabel = "N", defaultValue = "1", description = "Index of the container if "
            + "service has multiple replicas (default: ${DEFAULT-VALUE}).")
    int index;

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Parameters(index = "1", paramLabel = "PRIVATE_PORT")
    int privatePort;

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getOut());
    }

    int run(Desired desired, EngineApis engine, PrintWriter out) throws IOException {
        List<ContainerSummaryJson> containers = ProjectContainers.of(desired, List.of(service))
                .summaries(engine.containers(), true, OneOff.EXCLUDE).stream()
                .filter(c -> ObservedContainer.of(c).number() == index).toList();
        if (containers.isEmpty()) {
            throw new ComposeException(index > 1 ? "service \"" + service + "\" is not running container #" + index
                    : "service \"" + service + "\" is not running");
        }
        ContainerSummaryJson c = containers.getFirst();
        for (PortJson p : c.ports() == null ? List.<PortJson>of() : c.ports()) {
            if (p.privatePort() == privatePort && protocol.equals(p.type()) && p.publicPort() != null) {
                out.println((p.ip() == null ? "" : p.ip()) + ":" + p.publicPort());
                out.flush();
                return 0;
            }
        }
        throw new ComposeException("no port " + privatePort + "/" + protocol + " for container "
                + ObservedContainer.of(c).name());
    }
}
