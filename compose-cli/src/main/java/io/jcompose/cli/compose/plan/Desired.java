package io.jcompose.cli.compose.plan;

import io.jcompose.model.graph.DependencyGraph;
import io.jcompose.model.load.LoadedProject;
import io.jcompose.model.project.ConfigHash;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Compose files ask for, as the planner and executor need it: the project, its graph, each service's
 * config hash and stored configuration (to explain a recreate, see {@link StoredConfig}), where it was loaded from
 * (for the {@code project.*} labels), and the variables it was interpolated with (secrets and configs with
 * {@code environment:} take their content from them).
 */
public record Desired(Project project, DependencyGraph graph, Map<String, String> hashes, Path workingDirectory,
        List<String> configFiles, Map<String, StoredConfig> configs, Map<String, String> environment) {

    public Desired {
        hashes = Map.copyOf(hashes);
        configFiles = List.copyOf(configFiles);
        configs = Map.copyOf(configs);
        environment = Map.copyOf(environment);
    }

    /** Without stored configurations or variables (tests and tools). */
    public Desired(Project project, DependencyGraph graph, Map<String, String> hashes, Path workingDirectory,
            List<String> configFiles) {
        this(project, graph, hashes, workingDirectory, configFiles, Map.of(), Map.of());
    }

    public static Desired of(LoadedProject loaded) {
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, StoredConfig> configs = new LinkedHashMap<>();
        Project project = loaded.project();
        if (loaded.model() instanceof MapNode root && root.getOrNull("services") instanceof MapNode services) {
            for (Map.Entry<String, Node> e : services.entries().entrySet()) {
                hashes.put(e.getKey(), ConfigHash.of(e.getValue()));
                Service service = project.service(e.getKey());
                if (service != null) {
                    configs.put(e.getKey(), StoredConfig.of(ConfigHash.canonical(e.getValue()),
                            FileDigests.of(service, project.secrets(), project.configs(), loaded.environment(),
                                    loaded.projectDirectory())));
                }
            }
        }
        List<String> files = loaded.configFiles().stream()
                .map(f -> f.path() == null ? f.displayName() : f.path().toString()).toList();
        return new Desired(project, loaded.graph(), hashes, loaded.projectDirectory(), files, configs,
                variables(loaded));
    }

    private static Map<String, String> variables(LoadedProject loaded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (loaded.environment() != null) {
            loaded.environment().values().forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    public String name() {
        return project.name();
    }

    /** The image a service's containers run: its {@code image:}, else the one its build makes, {@code PROJECT-SERVICE}. */
    public String image(String service) {
        String image = project.service(service).image();
        return image != null && !image.isEmpty() ? image : name() + "-" + service;
    }

    /** Whether the service's image comes from its {@code build:} (then it is built, not pulled). */
    public boolean builds(String service) {
        return project.service(service).build() != null;
    }

    /** {@code PROJECT-SERVICE-N}, or the service's {@code container_name} (one replica only). */
    public String containerName(String service, int number) {
        String fixed = project.service(service).containerName();
        return fixed != null && !fixed.isEmpty() ? fixed : name() + "-" + service + "-" + number;
    }
}
