package io.jcompose.cli.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code Env} of a create: {@code --env-file} lines first, then {@code -e}; a bare {@code NAME} takes the
 * value from the CLI's own environment, and stays bare (unset in the container) when the CLI has none, as docker
 * does.
 */
public final class EnvVariables {

    private EnvVariables() {
    }

    public static List<String> of(List<String> envFiles, List<String> flags, Map<String, String> environment,
            Path cwd) {
        List<String> out = new ArrayList<>();
        for (String file : envFiles) {
            for (String line : lines(cwd.resolve(file), file)) {
                String entry = line.stripLeading();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(expand(entry, environment, file));
                }
            }
        }
        for (String flag : flags) {
            out.add(expand(flag, environment, null));
        }
        return out;
    }

    private static String expand(String entry, Map<String, String> environment, String file) {
        int eq = entry.indexOf('=');
        String name = eq < 0 ? entry : entry.substring(0, eq);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("invalid environment variable: \"" + entry + "\" (no name)"
                    + (file == null ? "" : " in " + file));
        }
        if (eq >= 0) {
            return entry;
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("invalid environment variable: \"" + entry
                    + "\" (the name contains whitespace)" + (file == null ? "" : " in " + file));
        }
        String value = environment.get(name);
        return value == null ? name : name + "=" + value;
    }

    private static List<String> lines(Path path, String given) {
        try {
            return Files.readAllLines(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("env file \"" + given + "\" does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read env file \"" + given + "\": " + e.getMessage());
        }
    }
}
