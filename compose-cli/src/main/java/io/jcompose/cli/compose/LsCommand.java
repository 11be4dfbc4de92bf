package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.container.TabColumns;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jcompose ls}: the projects the engine has containers of, found by their project label, so it needs no
 * Compose file; each with its containers' states counted and the files it was started from.
 */
@Command(name = "ls", description = "List running compose projects.")
public final class LsCommand implements Callable<Integer> {

    /** The output formats docker compose accepts here. */
    enum Format { table, json }

    /** One project's line. */
    record Project(String name, String status, String configFiles) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MIN_WIDTH = 20;

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Show all stopped Compose projects.")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only display project names.")
    boolean quiet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Format the output. "
            + "Values: [table | json] (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--filter", paramLabel = "FILTER", description = "Filter output based on conditions provided.")
    List<String> filters = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> names = new ArrayList<>();
        for (String f : filters) {
            if (!f.startsWith("name=")) {
                throw new ParameterException(spec.commandLine(), "invalid filter '" + f.split("=", 2)[0] + "'");
            }
            names.add(f.substring("name=".length()));
        }
        return run(ComposeContext.engine(root, spec), names, spec.commandLine().getOut());
    }

    int run(EngineApis engine, List<String> nameFilters, PrintWriter out) throws IOException {
        List<Project> projects = projects(engine.containers().list(all, Map.of("label", List.of(Labels.PROJECT))))
                .stream().filter(p -> nameFilters.isEmpty() || nameFilters.stream().anyMatch(f -> matches(f,
                        p.name()))).toList();
        if (quiet) {
            projects.forEach(p -> out.println(p.name()));
        } else if (format == Format.json) {
            out.println(JSON.writeValueAsString(projects.stream().map(LsCommand::json).toList()));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add("NAME\tSTATUS\tCONFIG FILES");
            projects.forEach(p -> lines.add(p.name() + "\t" + p.status() + "\t" + p.configFiles()));
            out.print(TabColumns.align(lines, MIN_WIDTH));
        }
        out.flush();
        return 0;
    }

    /** The projects of {@code containers}, by name, each with {@code state(count)} in state order. */
    static List<Project> projects(List<ContainerSummaryJson> containers) {
        Map<String, Map<String, Integer>> states = new TreeMap<>();
        Map<String, String> files = new TreeMap<>();
        for (ContainerSummaryJson c : containers) {
            String project = ProjectContainers.label(c, Labels.PROJECT);
            if (project.isEmpty()) {
                continue;
            }
            states.computeIfAbsent(project, k -> new TreeMap<>()).merge(c.state() == null ? "" : c.state(), 1,
                    Integer::sum);
            String config = ProjectContainers.label(c, Labels.CONFIG_FILES);
            if (!config.isEmpty()) {
                files.putIfAbsent(project, config);
            }
        }
        List<Project> projects = new ArrayList<>();
        states.forEach((name, counts) -> projects.add(new Project(name, String.join(", ", counts.entrySet()
                .stream().map(e -> e.getKey() + "(" + e.getValue() + ")").toList()), files.getOrDefault(name, ""))));
        return List.copyOf(projects);
    }

    /** Docker's filter match: the value is a regular expression found in the name. */
    private static boolean matches(String filter, String name) {
        try {
            return Pattern.compile(filter).matcher(name).find();
        } catch (PatternSyntaxException e) {
            return name.contains(filter);
        }
    }

    private static Map<String, String> json(Project p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Name", p.name());
        m.put("Status", p.status());
        m.put("ConfigFiles", p.configFiles());
        return m;
    }
}
