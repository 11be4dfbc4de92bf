package io.jcompose.model.env;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** PLACEHOLDER (owned by the env/interpolation work): resolves the project's variables. */
public final class EnvironmentResolver {

    private EnvironmentResolver() {
    }

    /**
     * The variables: {@code processEnv} wins over {@code envFiles} (later files win over earlier ones), which
     * replace the default {@code projectDirectory/.env}; when {@code envFiles} is empty and {@code .env} exists in
     * {@code projectDirectory}, it is read.
     */
    public static Environment resolve(Map<String, String> processEnv, Path projectDirectory, List<Path> envFiles,
            Consumer<String> warnings) {
        return new Environment(processEnv);
    }
}
