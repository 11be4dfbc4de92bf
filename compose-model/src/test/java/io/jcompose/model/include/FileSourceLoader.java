package io.jcompose.model.include;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.extend.ExtendsResolver;
import io.jcompose.model.merge.Merger;
import io.jcompose.model.paths.PathResolver;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SourceLoader} for tests that follows the pipeline's contract without interpolation or schema checks:
 * files are named in messages relative to {@code root}, includes are loaded as their own project.
 */
public final class FileSourceLoader implements SourceLoader {

    private final Path root;
    private final List<String> includeCalls = new ArrayList<>();

    public FileSourceLoader(Path root) {
        this.root = root;
    }

    /** The part of the pipeline these stages belong to, for one main file: include, extends, finish, paths. */
    public Node loadProject(Path mainFile) {
        Path projectDirectory = mainFile.getParent();
        Node tree = loadFile(mainFile, projectDirectory);
        return PathResolver.resolve(Merger.finish(tree), projectDirectory);
    }

    /** Each include call as "files | project directory | env files", relative to the root. */
    public List<String> includeCalls() {
        return includeCalls;
    }

    @Override
    public Node loadForExtends(Path file) {
        return YamlReader.read(name(file), read(file));
    }

    @Override
    public Node loadForInclude(List<Path> files, Path projectDirectory, List<Path> envFiles) {
        includeCalls.add(files.stream().map(this::name).toList() + " | " + name(projectDirectory) + " | "
                + envFiles.stream().map(this::name).toList());
        Node model = null;
        for (Path file : files) {
            Node tree = loadFile(file, projectDirectory);
            model = model == null ? tree : Merger.merge(model, tree);
        }
        if (model == null) {
            return MapNode.empty(Position.NONE);
        }
        return PathResolver.resolve(Merger.finish(model), projectDirectory);
    }

    private Node loadFile(Path path, Path projectDirectory) {
        ConfigFile file = new ConfigFile(name(path), path, read(path));
        Node tree = YamlReader.read(file.displayName(), file.content());
        tree = IncludeResolver.resolve(tree, file, projectDirectory, this);
        return ExtendsResolver.resolve(tree, file, projectDirectory, this);
    }

    private String name(Path path) {
        Path relative = root.relativize(path);
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    private String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new ComposeException("open " + name(path) + ": no such file or directory");
        }
    }
}
