package io.jcompose.model.load;

import io.jcompose.model.discovery.ConfigFileLocator;
import io.jcompose.model.discovery.ProjectNames;
import io.jcompose.model.env.Environment;
import io.jcompose.model.env.EnvironmentResolver;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.extend.ExtendsResolver;
import io.jcompose.model.graph.DependencyGraph;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.include.IncludeResolver;
import io.jcompose.model.interpolation.Interpolator;
import io.jcompose.model.merge.Merger;
import io.jcompose.model.normalize.Normalizer;
import io.jcompose.model.paths.PathResolver;
import io.jcompose.model.profile.ProfileFilter;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.ProjectMapper;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.validate.SchemaValidator;
import io.jcompose.model.validate.SemanticValidator;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loading pipeline, one stage a class, in compose-go's order: per file parse, interpolate, validate against
 * the schema, resolve include and extends, merge; then for the whole project resolve paths, pick profiles,
 * normalise, check consistency, and build the records and the graph.
 */
public final class ProjectLoader {

    private final LoadOptions options;

    private ProjectLoader(LoadOptions options) {
        this.options = options;
    }

    public static LoadedProject load(LoadOptions options) {
        String home = options.processEnvironment().getOrDefault("HOME", System.getProperty("user.home"));
        return ScopedValue.where(PathResolver.HOME, home).call(() -> new ProjectLoader(options).load());
    }

    /**
     * The variables the project's Compose files use, with their defaults, for {@code config --variables}: read
     * from the files before interpolation.
     */
    public static List<io.jcompose.model.interpolation.VariableUse> variables(LoadOptions options) {
        Path projectDirectory = ConfigFileLocator.projectDirectory(options);
        Environment environment = environment(options, projectDirectory);
        Interpolator interpolator = new Interpolator(environment::get, options.warnings());
        java.util.Map<String, io.jcompose.model.interpolation.VariableUse> all = new java.util.TreeMap<>();
        for (ConfigFile file : ConfigFileLocator.locate(options, environment)) {
            for (var use : interpolator.variables(YamlReader.read(file.displayName(), file.content()))) {
                all.putIfAbsent(use.name(), use);
            }
        }
        return List.copyOf(all.values());
    }

    /** Process environment over --env-file files over the project directory's .env. */
    private static Environment environment(LoadOptions options, Path projectDirectory) {
        return EnvironmentResolver.resolve(options.processEnvironment(), projectDirectory,
                envFilePaths(options.envFiles(), options.workingDirectory()), options.warnings());
    }

    private LoadedProject load() {
        Path projectDirectory = ConfigFileLocator.projectDirectory(options);
        Environment environment = environment(options, projectDirectory);
        List<ConfigFile> files = ConfigFileLocator.locate(options, environment);
        Interpolator interpolator = new Interpolator(environment::get, options.warnings());

        Node model = null;
        for (ConfigFile file : files) {
            Node fileModel = loadFile(file, projectDirectory, interpolator);
            model = model == null ? fileModel : Merger.merge(model, fileModel);
        }
        model = Merger.finish(model);
        if (options.resolvePaths()) {
            model = PathResolver.resolve(model, projectDirectory);
        }
        String name = ProjectNames.resolve(options.projectName(), environment, model, projectDirectory);
        model = ProfileFilter.apply(model, activeProfiles(environment), options.requestedServices());
        // The records always come from a normalised tree; --no-normalize only changes what config prints.
        Node normalized = Normalizer.normalize(model, name, projectDirectory, environment);
        if (options.normalize()) {
            model = normalized;
        }
        if (options.consistency()) {
            SemanticValidator.validate(normalized);
        }
        Project project = ProjectMapper.toProject(normalized, projectDirectory);
        DependencyGraph graph;
        try {
            graph = DependencyGraph.of(project);
        } catch (io.jcompose.model.graph.DependencyCycleException e) {
            throw atFirstEdge(e, normalized);
        }
        return new LoadedProject(name, projectDirectory, files, environment, model, project, graph);
    }

    /** The cycle error placed at the first edge's entry in {@code depends_on}, where the user can break it. */
    private static RuntimeException atFirstEdge(io.jcompose.model.graph.DependencyCycleException e, Node model) {
        String from = e.cycle().get(0);
        String to = e.cycle().get(1);
        io.jcompose.model.tree.TreePath path = io.jcompose.model.tree.TreePath.ROOT.key("services").key(from);
        if (model instanceof MapNode root && root.getOrNull("services") instanceof MapNode services
                && services.getOrNull(from) instanceof MapNode service) {
            Position at = services.keyPosition(from);
            if (service.getOrNull("depends_on") instanceof MapNode deps && deps.has(to)) {
                at = deps.keyPosition(to);
                path = path.key("depends_on");
            }
            return new io.jcompose.model.error.ComposeFileException(at, path, e.getMessage());
        }
        return e;
    }

    /** One file: parse, interpolate, schema-check, include, extends. */
    private Node loadFile(ConfigFile file, Path projectDirectory, Interpolator interpolator) {
        Node tree = YamlReader.read(file.displayName(), file.content());
        if (!(tree instanceof MapNode)) {
            throw new io.jcompose.model.error.ComposeFileException(tree.position(),
                    io.jcompose.model.tree.TreePath.ROOT,
                    "top-level object must be a mapping, got a " + tree.kind());
        }
        if (((MapNode) tree).has("version")) {
            options.warnings().accept(file.displayName() + ": the attribute `version` is obsolete, it will be ignored,"
                    + " please remove it to avoid potential confusion");
        }
        if (options.interpolate()) {
            tree = interpolator.interpolate(tree);
        }
        SchemaValidator.validate(tree);
        Loader loader = new Loader(interpolator);
        tree = IncludeResolver.resolve(tree, file, projectDirectory, loader);
        tree = ExtendsResolver.resolve(tree, file, projectDirectory, loader);
        return tree;
    }

    private Set<String> activeProfiles(Environment environment) {
        Set<String> profiles = new LinkedHashSet<>(options.profiles());
        if (profiles.isEmpty()) {
            environment.get("COMPOSE_PROFILES").ifPresent(v -> {
                for (String p : v.split(",")) {
                    if (!p.isBlank()) {
                        profiles.add(p.trim());
                    }
                }
            });
        }
        return profiles;
    }

    private static List<Path> envFilePaths(List<String> names, Path base) {
        List<Path> paths = new ArrayList<>();
        for (String n : names) {
            paths.add(base.resolve(n).normalize());
        }
        return paths;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new ComposeException("open " + path + ": " + (Files.exists(path) ? e.getMessage()
                    : "no such file or directory"));
        }
    }

    /** Loads files named by extends and include through this same pipeline. */
    private final class Loader implements SourceLoader {
        private final Interpolator interpolator;

        Loader(Interpolator interpolator) {
            this.interpolator = interpolator;
        }

        @Override
        public Node loadForExtends(Path file) {
            Node tree = YamlReader.read(file.toString(), read(file));
            if (options.interpolate()) {
                tree = interpolator.interpolate(tree);
            }
            SchemaValidator.validate(tree);
            return tree;
        }

        @Override
        public Node loadForInclude(List<Path> files, Path projectDirectory, List<Path> envFiles) {
            Environment env = EnvironmentResolver.resolve(options.processEnvironment(), projectDirectory, envFiles,
                    options.warnings());
            Interpolator includeInterpolator = new Interpolator(env::get, options.warnings());
            Node model = null;
            for (Path path : files) {
                ConfigFile file = new ConfigFile(path.toString(), path, read(path));
                Node fileModel = loadFile(file, projectDirectory, includeInterpolator);
                model = model == null ? fileModel : Merger.merge(model, fileModel);
            }
            if (model == null) {
                return MapNode.empty(Position.NONE);
            }
            return PathResolver.resolve(Merger.finish(model), projectDirectory);
        }
    }
}
