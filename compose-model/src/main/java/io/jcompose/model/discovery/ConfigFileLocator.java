package io.jcompose.model.discovery;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.source.ConfigFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds and reads the Compose files of a project the way docker compose chooses them. */
public final class ConfigFileLocator {

    static final String COMPOSE_FILE = "COMPOSE_FILE";
    static final String COMPOSE_PATH_SEPARATOR = "COMPOSE_PATH_SEPARATOR";

    private ConfigFileLocator() {
    }

    /**
     * The project directory: {@code --project-directory}; else the folder of the first {@code -f} file that is not
     * stdin; else the folder of the first {@code COMPOSE_FILE} entry; else the folder where a default file is
     * found (searching upward from the working directory); else the working directory.
     * <p>
     * Docker compose reads {@code .env} from this directory, yet {@code COMPOSE_FILE} may itself come from a
     * {@code .env}. To keep this a function of the options alone, only the process environment's
     * {@code COMPOSE_FILE} is considered here: a {@code COMPOSE_FILE} set only in {@code .env} still selects the
     * files ({@link #locate} sees the full environment) but leaves the project directory at the working directory.
     */
    public static Path projectDirectory(LoadOptions options) {
        Path wd = options.workingDirectory();
        if (options.projectDirectory().isPresent()) {
            return wd.resolve(options.projectDirectory().get()).normalize();
        }
        Optional<Path> first = firstFile(options.configFiles(), wd);
        if (options.configFiles().isEmpty()) {
            first = firstFile(composeFileEntries(options.processEnvironment()), wd);
        }
        if (first.isPresent()) {
            return first.get().getParent();
        }
        if (!options.configFiles().isEmpty()) {
            return wd;
        }
        return DefaultFiles.directory(wd).orElse(wd);
    }

    /**
     * The files, in merge order: {@code -f} files (relative to the working directory, {@code -} for stdin), else
     * the {@code COMPOSE_FILE} entries, else the default file (and its override) found from the project directory
     * option or the working directory upward.
     */
    public static List<ConfigFile> locate(LoadOptions options, Environment environment) {
        Path wd = options.workingDirectory();
        List<String> names = options.configFiles();
        if (names.isEmpty()) {
            names = composeFileEntries(environment.values());
        }
        if (!names.isEmpty()) {
            List<ConfigFile> files = new ArrayList<>();
            for (String name : names) {
                if (name.equals("-")) {
                    files.add(new ConfigFile("-", null, options.stdin().get()));
                } else {
                    Path path = wd.resolve(name).normalize();
                    files.add(new ConfigFile(name, path, read(path)));
                }
            }
            return files;
        }
        Path start = options.projectDirectory().map(p -> wd.resolve(p).normalize()).orElse(wd);
        List<Path> found = DefaultFiles.find(start, options.warnings());
        if (found.isEmpty()) {
            throw new ComposeException("no configuration file provided: not found");
        }
        List<ConfigFile> files = new ArrayList<>();
        for (Path path : found) {
            files.add(new ConfigFile(wd.relativize(path).toString(), path, read(path)));
        }
        return files;
    }

    /** The non-empty entries of {@code COMPOSE_FILE}, split by {@code COMPOSE_PATH_SEPARATOR} (default ':'). */
    static List<String> composeFileEntries(Map<String, String> env) {
        String value = env.get(COMPOSE_FILE);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        String separator = env.getOrDefault(COMPOSE_PATH_SEPARATOR, "");
        if (separator.isEmpty()) {
            separator = File.pathSeparator;
        }
        List<String> entries = new ArrayList<>();
        for (String entry : value.split(Pattern.quote(separator))) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static Optional<Path> firstFile(List<String> names, Path wd) {
        return names.stream().filter(n -> !n.equals("-")).findFirst().map(n -> wd.resolve(n).normalize());
    }

    private static String read(Path path) {
        if (!Files.exists(path)) {
            throw new ComposeException("open " + path + ": no such file or directory");
        }
        if (Files.isDirectory(path)) {
            throw new ComposeException("read " + path + ": is a directory");
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new ComposeException("open " + path + ": " + e.getMessage(), e);
        }
    }
}
