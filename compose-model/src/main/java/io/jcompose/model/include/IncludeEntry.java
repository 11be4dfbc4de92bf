package io.jcompose.model.include;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code include} entry with its paths made absolute against the including file's directory.
 *
 * @param files the Compose files to load; the first one is the main file of the included project
 * @param projectDirectory the included project's directory (default: the main file's directory)
 * @param envFiles the env files of the included project (default: its {@code .env} when there is one)
 * @param position where the entry was written
 * @param path {@code include[N]}
 */
record IncludeEntry(List<Path> files, Path projectDirectory, List<Path> envFiles, Position position,
        TreePath path) {

    static IncludeEntry parse(Node node, TreePath path, Path directory) {
        if (node instanceof ScalarNode s && s.isString()) {
            Path file = absolute(directory, s.asText());
            return new IncludeEntry(List.of(file), parent(file, directory), defaultEnvFiles(parent(file, directory)),
                    s.position(), path);
        }
        if (!(node instanceof MapNode m)) {
            throw new ComposeFileException(node.position(), path,
                    "must be a string or a mapping with \"path\", got a " + node.kind());
        }
        List<Path> files = strings(m.getOrNull("path"), path.key("path"), directory);
        if (files.isEmpty()) {
            throw new ComposeFileException(m.position(), path, "\"path\" is required");
        }
        Node dir = m.getOrNull("project_directory");
        Path projectDirectory = dir instanceof ScalarNode d && d.isString()
                ? absolute(directory, d.asText()) : parent(files.getFirst(), directory);
        List<Path> envFiles = strings(m.getOrNull("env_file"), path.key("env_file"), directory);
        return new IncludeEntry(files, projectDirectory,
                envFiles.isEmpty() ? defaultEnvFiles(projectDirectory) : envFiles, m.position(), path);
    }

    private static List<Path> strings(Node node, TreePath path, Path directory) {
        List<Path> paths = new ArrayList<>();
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            return paths;
        }
        List<Node> items = node instanceof ListNode l ? l.items() : List.of(node);
        for (Node item : items) {
            if (!(item instanceof ScalarNode s) || !s.isString()) {
                throw new ComposeFileException(item.position(), path, "must be a string or a list of strings");
            }
            paths.add(absolute(directory, s.asText()));
        }
        return paths;
    }

    private static Path absolute(Path directory, String path) {
        return directory.resolve(path).toAbsolutePath().normalize();
    }

    private static Path parent(Path file, Path fallback) {
        return file.getParent() != null ? file.getParent() : fallback;
    }

    private static List<Path> defaultEnvFiles(Path projectDirectory) {
        Path env = projectDirectory.resolve(".env");
        return Files.isRegularFile(env) ? List.of(env) : List.of();
    }
}
