package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.DownExecutor;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerWaitJson;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose wait SERVICE...}: block until the first of the services' running containers stops and exit
 * with its exit code, as docker compose does, so that scripts can wait on a stack; {@code --down-project} then
 * takes the project down.
 */
@Command(name = "wait", description = "Block until containers of all (or specified) services stop.")
public final class WaitCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--down-project", description = "Drops project when the first container stops.")
    boolean downProject;

    @Parameters(paramLabel = "SERVICE", arity = "1..*", description = "Services to wait for.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ContainerApi api = engine.containers();
        List<ObservedContainer> running = ProjectContainers.of(desired, services).containers(api, false,
                OneOff.INCLUDE);
        if (running.isEmpty()) {
            throw new ComposeException("no containers for project \"" + desired.name() + "\"");
        }
        long code;
        try (ExecutorService pool = Parallel.threads()) {
            ExecutorCompletionService<ContainerWaitJson> first = new ExecutorCompletionService<>(pool);
            running.forEach(c -> first.submit(() -> api.wait(c.id(), WaitCondition.NOT_RUNNING)));
            try {
                code = first.take().get().statusCode();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            } finally {
                pool.shutdownNow(); // the other waits end with their connections
            }
        }
        if (downProject) {
            try {
                new DownExecutor(engine, Progress.of(err)).run(desired, Observed.of(desired.name(), api,
                        engine.networks()), false, OptionalInt.empty()).forEach(w -> ComposeContext.warn(err, w));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
        return (int) code;
    }
}
