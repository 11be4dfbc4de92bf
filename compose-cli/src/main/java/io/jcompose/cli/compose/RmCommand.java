package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose rm}: remove the services' stopped containers, one-off ones included as docker compose includes
 * them; asks first unless {@code -f} (no answer, as at the end of input, means no).
 */
@Command(name = "rm", description = "Removes stopped service containers.")
public final class RmCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Don't ask to confirm removal.")
    boolean force;

    @Option(names = {"-s", "--stop"}, description = "Stop the containers, if required, before removing.")
    boolean stop;

    @Option(names = {"-v", "--volumes"}, description = "Remove any anonymous volumes attached to containers.")
    boolean volumes;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to remove.")
    List<String> services = new ArrayList<>();

    /** Where the answer to the question comes from. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter out, PrintWriter err) throws IOException {
        ProjectContainers selection = ProjectContainers.of(desired, services);
        ContainerApi api = engine.containers();
        Progress progress = Progress.of(err);
        if (stop) {
            List<ObservedContainer> running = selection.containers(api, false, OneOff.EXCLUDE).stream()
                    .filter(c -> c.running() || c.state().equals("paused")).toList();
            ContainerLevels.run(ProjectContainers.levels(running, desired.graph().stopLevels()), progress,
                    "Stopping", "Stopped", c -> api.stop(c.id(), OptionalInt.empty(), ""));
        }
        List<ObservedContainer> stopped = selection.summaries(api, true, OneOff.INCLUDE).stream()
                .map(ObservedContainer::of).filter(c -> !c.running() && !c.state().equals("paused")).toList();
        if (stopped.isEmpty()) {
            err.println("No stopped containers");
            err.flush();
            return 0;
        }
        String message = "Going to remove " + String.join(", ", stopped.stream().map(ObservedContainer::name)
                .toList());
        if (force) {
            out.println(message);
            out.flush();
        } else if (!confirmed(message, out)) {
            return 0;
        }
        ContainerLevels.run(List.of(stopped), progress, "Removing", "Removed",
                c -> api.remove(c.id(), force, volumes));
        return 0;
    }

    private boolean confirmed(String message, PrintWriter out) throws IOException {
        out.print(message + "  Are you sure? [yN] ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        if (answer == null) {
            out.println();
            out.flush();
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }
}
