package io.jcompose.model.discovery;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.source.ConfigFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER (owned by the discovery work): finds and reads the Compose files of a project. */
public final class ConfigFileLocator {

    private ConfigFileLocator() {
    }

    /** The project directory: {@code --project-directory}, else the first {@code -f} file's folder, else cwd. */
    public static Path projectDirectory(LoadOptions options) {
        if (options.projectDirectory().isPresent()) {
            return options.workingDirectory().resolve(options.projectDirectory().get()).normalize();
        }
        if (!options.configFiles().isEmpty() && !options.configFiles().getFirst().equals("-")) {
            Path first = options.workingDirectory().resolve(options.configFiles().getFirst()).normalize();
            return first.getParent();
        }
        return options.workingDirectory();
    }

    /** The files, in merge order: {@code -f} files, else {@code COMPOSE_FILE}, else the default names. */
    public static List<ConfigFile> locate(LoadOptions options, Environment environment) {
        List<ConfigFile> files = new ArrayList<>();
        List<String> names = options.configFiles().isEmpty() ? List.of("compose.yaml") : options.configFiles();
        for (String name : names) {
            if (name.equals("-")) {
                files.add(new ConfigFile("-", null, options.stdin().get()));
                continue;
            }
            Path path = options.workingDirectory().resolve(name).normalize();
            try {
                files.add(new ConfigFile(name, path, Files.readString(path)));
            } catch (IOException e) {
                throw new ComposeException("open " + path + ": no such file or directory");
            }
        }
        return files;
    }

    static UncheckedIOException unused(IOException e) {
        return new UncheckedIOException(e);
    }
}
