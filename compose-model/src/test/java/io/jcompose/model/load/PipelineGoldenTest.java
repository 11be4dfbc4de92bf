package io.jcompose.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.options.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-pipeline golden tests: each folder under {@code pipeline/} is a project (Compose files, .env, included
 * files) plus an {@code args} file, and the expected normalised model ({@code expected.json}) or the expected
 * error ({@code expected-error.txt}). The project is copied to a temporary directory, so absolute paths in the
 * expectations are written as {@code $DIR}. Run with {@code -Dgolden.update=true} to rewrite expectations, then
 * review every change by hand against docker compose's behaviour.
 *
 * <p>{@code args} lines: {@code -f FILE}, {@code -p NAME}, {@code --project-directory DIR}, {@code --env-file F},
 * {@code --profile P}, {@code service NAME}, {@code env KEY=VALUE}, {@code cwd SUBDIR}, {@code stdin FILE}.
 */
class PipelineGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/pipeline");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadsAsExpected(String name) throws IOException {
        Path source = CASES.resolve(name);
        Path project = temp.resolve(name);
        copy(source, project);
        List<String> warnings = new ArrayList<>();
        LoadOptions options = options(project, warnings);
        String actual;
        Path expectedFile;
        try {
            LoadedProject loaded = ProjectLoader.load(options);
            actual = TreeJson.writeJson(loaded.model());
            expectedFile = source.resolve("expected.json");
        } catch (ComposeException e) {
            actual = e.getMessage() + "\n";
            expectedFile = source.resolve("expected-error.txt");
        }
        actual = actual.replace(project.toString(), "$DIR");
        if (!warnings.isEmpty()) {
            Path warningsFile = source.resolve("expected-warnings.txt");
            String w = String.join("\n", warnings).replace(project.toString(), "$DIR") + "\n";
            if (UPDATE) {
                Files.writeString(warningsFile, w);
            } else if (Files.exists(warningsFile)) {
                assertThat(w).isEqualTo(Files.readString(warningsFile));
            }
        }
        if (UPDATE) {
            Files.deleteIfExists(source.resolve("expected.json"));
            Files.deleteIfExists(source.resolve("expected-error.txt"));
            Files.writeString(expectedFile, actual);
        }
        assertThat(expectedFile).as("expected file for " + name).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile));
    }

    private LoadOptions options(Path project, List<String> warnings) throws IOException {
        Path argsFile = project.resolve("args");
        List<String> lines = Files.exists(argsFile) ? Files.readAllLines(argsFile) : List.of();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/user");
        Path cwd = project;
        List<String[]> pairs = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            if (key.equals("cwd")) {
                cwd = project.resolve(value);
            } else if (key.equals("env")) {
                int eq = value.indexOf('=');
                env.put(value.substring(0, eq), value.substring(eq + 1));
            } else {
                pairs.add(new String[] {key, value});
            }
        }
        LoadOptions.Builder b = LoadOptions.builder(cwd).environment(env).warnings(warnings::add);
        for (String[] p : pairs) {
            switch (p[0]) {
                case "-f" -> b.file(p[1]);
                case "-p" -> b.projectName(p[1]);
                case "--project-directory" -> b.projectDirectory(Path.of(p[1]));
                case "--env-file" -> b.envFiles(List.of(p[1]));
                case "--profile" -> b.profiles(List.of(p[1]));
                case "service" -> b.requestedServices(List.of(p[1]));
                case "stdin" -> {
                    String content = Files.readString(project.resolve(p[1]));
                    b.stdin(() -> content);
                }
                default -> throw new IllegalArgumentException("unknown args line: " + p[0]);
            }
        }
        return b.build();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else if (!p.getFileName().toString().startsWith("expected")) {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
