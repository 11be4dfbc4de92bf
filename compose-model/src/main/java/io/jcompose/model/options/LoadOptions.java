package io.jcompose.model.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything that decides how a project is loaded: the command-line options of docker compose that concern the
 * model ({@code -f}, {@code -p}, {@code --project-directory}, {@code --env-file}, {@code --profile}) plus the
 * process environment, so that loading is a pure function of its inputs and easy to test.
 */
public record LoadOptions(
        List<String> configFiles,
        Path workingDirectory,
        Optional<Path> projectDirectory,
        Optional<String> projectName,
        List<String> envFiles,
        List<String> profiles,
        List<String> requestedServices,
        Map<String, String> processEnvironment,
        boolean interpolate,
        boolean resolvePaths,
        boolean normalize,
        boolean consistency,
        Supplier<String> stdin,
        Consumer<String> warnings) {

    public LoadOptions {
        configFiles = List.copyOf(configFiles);
        envFiles = List.copyOf(envFiles);
        profiles = List.copyOf(profiles);
        requestedServices = List.copyOf(requestedServices);
        processEnvironment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(processEnvironment));
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** Builds {@link LoadOptions}; every option defaults to what docker compose does with no flags. */
    public static final class Builder {
        private final Path workingDirectory;
        private final List<String> configFiles = new ArrayList<>();
        private Path projectDirectory;
        private String projectName;
        private final List<String> envFiles = new ArrayList<>();
        private final List<String> profiles = new ArrayList<>();
        private final List<String> requestedServices = new ArrayList<>();
        private Map<String, String> environment = Map.of();
        private boolean interpolate = true;
        private boolean resolvePaths = true;
        private boolean normalize = true;
        private boolean consistency = true;
        private Supplier<String> stdin = () -> "";
        private Consumer<String> warnings = w -> { };

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        public Builder file(String file) {
            configFiles.add(file);
            return this;
        }

        public Builder files(List<String> files) {
            configFiles.addAll(files);
            return this;
        }

        public Builder projectDirectory(Path dir) {
            this.projectDirectory = dir;
            return this;
        }

        public Builder projectName(String name) {
            this.projectName = name;
            return this;
        }

        public Builder envFiles(List<String> files) {
            envFiles.addAll(files);
            return this;
        }

        public Builder profiles(List<String> names) {
            profiles.addAll(names);
            return this;
        }

        public Builder requestedServices(List<String> names) {
            requestedServices.addAll(names);
            return this;
        }

        public Builder environment(Map<String, String> env) {
            this.environment = env;
            return this;
        }

        public Builder interpolate(boolean on) {
            this.interpolate = on;
            return this;
        }

        public Builder resolvePaths(boolean on) {
            this.resolvePaths = on;
            return this;
        }

        public Builder normalize(boolean on) {
            this.normalize = on;
            return this;
        }

        public Builder consistency(boolean on) {
            this.consistency = on;
            return this;
        }

        public Builder stdin(Supplier<String> in) {
            this.stdin = in;
            return this;
        }

        public Builder warnings(Consumer<String> sink) {
            this.warnings = sink;
            return this;
        }

        public LoadOptions build() {
            return new LoadOptions(configFiles, workingDirectory, Optional.ofNullable(projectDirectory),
                    Optional.ofNullable(projectName), envFiles, profiles, requestedServices, environment,
                    interpolate, resolvePaths, normalize, consistency, stdin, warnings);
        }
    }
}
