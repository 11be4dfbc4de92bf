package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.copy.Copier;
import io.jcompose.cli.compose.copy.CopyEnd;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ArchiveClient;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose cp SERVICE:SRC DEST | SRC SERVICE:DEST}: docker cp's semantics through the engine's archive API,
 * with a service's replica ({@code --index}) or, copying in, all of them ({@code --all}).
 */
@Command(name = "cp", description = "Copy files/folders between a service container and the local filesystem.")
public final class CpCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--archive"}, description = "Archive mode (copy all uid/gid information).")
    boolean archive;

    @Option(names = {"-L", "--follow-link"}, description = "Always follow symbol link in SRC_PATH.")
    boolean followLink;

    @Option(names = "--index", paramLabel = "N", description = "Index of the container if service has multiple "
            + "replicas.")
    int index;

    @Option(names = "--all", description = "Include containers created by the run command (accepted; one-off "
            + "containers are not copied to).", hidden = true)
    boolean all;

    @Parameters(index = "0", paramLabel = "SRC")
    String source;

    @Parameters(index = "1", paramLabel = "DEST")
    String destination;

    @Override
    public Integer call() throws IOException {
        CopyEnd from = CopyEnd.parse(source);
        CopyEnd to = CopyEnd.parse(destination);
        if (from.inContainer() && to.inContainer()) {
            throw new ComposeException("copying between services is not supported");
        }
        if (!from.inContainer() && !to.inContainer()) {
            throw new ComposeException("unknown copy direction");
        }
        Desired desired = ComposeContext.load(root, spec);
        ContainerApi containers = ComposeContext.engine(root, spec).containers();
        String service = from.inContainer() ? from.service() : to.service();
        List<ObservedContainer> targets = index > 0
                ? List.of(ServiceContainers.any(desired, containers, service, index))
                : ServiceContainers.of(desired, containers, service, true);
        if (targets.isEmpty()) {
            throw new ComposeException("no container found for service \"" + service + "\"");
        }
        Copier copier = new Copier(new ArchiveClient(ComposeContext.socket(root, spec)),
                root.invocation().workingDirectory(), followLink, archive);
        if (from.inContainer()) {
            copier.fromContainer(targets.getFirst().id(), from.path(), to.path(), System.out);
        } else {
            for (ObservedContainer c : targets) { // docker compose copies into every replica
                copier.toContainer(from.path(), c.id(), to.path(), System.in);
            }
        }
        return 0;
    }
}
