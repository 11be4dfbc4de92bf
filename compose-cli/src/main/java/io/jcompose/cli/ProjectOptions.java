package io.jcompose.cli;

import io.jcompose.model.options.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that decide which project is loaded, shared by every command as in docker compose. */
public final class ProjectOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Compose configuration files ('-' for stdin).")
    List<String> files = new ArrayList<>();

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name.")
    String projectName;

    @Option(names = "--project-directory", paramLabel = "DIR",
            description = "Alternate working directory (default: the path of the first Compose file).")
    Path projectDirectory;

    @Option(names = "--env-file", paramLabel = "FILE", description = "Alternate environment files.")
    List<String> envFiles = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Profiles to enable.")
    List<String> profiles = new ArrayList<>();

    /** Options for loading with the current process's directory and environment. */
    public LoadOptions.Builder toLoadOptions(Invocation invocation, java.io.PrintWriter err) {
        Map<String, String> environment = invocation.environment();
        Path workingDirectory = invocation.workingDirectory();
        LoadOptions.Builder b = LoadOptions.builder(workingDirectory)
                .files(files)
                .envFiles(envFiles)
                .profiles(profiles)
                .environment(environment)
                .stdin(ProjectOptions::readStdin)
                .warnings(w -> {
                    err.println("WARN[0000] " + w);
                    err.flush();
                });
        if (projectName != null) {
            b.projectName(projectName);
        }
        if (projectDirectory != null) {
            b.projectDirectory(projectDirectory);
        }
        return b;
    }

    private static String readStdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("read stdin: " + e.getMessage(), e);
        }
    }
}
