package io.jcompose.model.env;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.interpolation.Interpolator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Resolves the variables a project is interpolated with, from the process environment and env files. */
public final class EnvironmentResolver {

    private EnvironmentResolver() {
    }

    /**
     * The variables: {@code processEnv} wins over {@code envFiles} (later files win over earlier ones), which
     * replace the default {@code projectDirectory/.env}; when {@code envFiles} is empty and {@code .env} exists in
     * {@code projectDirectory}, it is read. A missing {@code --env-file} is an error. Variables read while unset
     * inside env files are reported once each to {@code warnings}.
     */
    public static Environment resolve(Map<String, String> processEnv, Path projectDirectory, List<Path> envFiles,
            Consumer<String> warnings) {
        List<Path> files = envFiles;
        if (files.isEmpty()) {
            Path dotEnv = projectDirectory.resolve(".env").toAbsolutePath().normalize();
            files = Files.isRegularFile(dotEnv) ? List.of(dotEnv) : List.of();
        }
        Map<String, String> fromFiles = new LinkedHashMap<>();
        Set<String> warned = new HashSet<>();
        Consumer<String> unset = name -> {
            if (warned.add(name)) {
                warnings.accept(Interpolator.unsetWarning(name));
            }
        };
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            Map<String, String> parsed = DotEnvParser.parse(abs.toString(), read(abs),
                    name -> Optional.ofNullable(processEnv.containsKey(name) ? processEnv.get(name)
                            : fromFiles.get(name)),
                    unset);
            fromFiles.putAll(parsed);
        }
        Map<String, String> all = new LinkedHashMap<>(fromFiles);
        all.putAll(processEnv);
        return new Environment(all);
    }

    private static String read(Path file) {
        if (!Files.exists(file)) {
            throw new ComposeException("couldn't find env file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ComposeException(file + " is a directory");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ComposeException("read " + file + ": " + e.getMessage(), e);
        }
    }
}
