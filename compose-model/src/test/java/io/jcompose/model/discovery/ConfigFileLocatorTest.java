package io.jcompose.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileLocatorTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private Path write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private LoadOptions.Builder options(Path wd) {
        return LoadOptions.builder(wd).warnings(warnings::add);
    }

    private static List<String> names(List<ConfigFile> files) {
        return files.stream().map(ConfigFile::displayName).toList();
    }

    private static Environment env(Map<String, String> values) {
        return new Environment(values);
    }

    @Test
    void dashFFilesAreReadInOrderRelativeToTheWorkingDirectory() throws IOException {
        write("app/b.yaml", "b: 1\n");
        Path a = write("app/sub/a.yaml", "a: 1\n");
        LoadOptions o = options(root.resolve("app")).file("sub/a.yaml").file("b.yaml").build();
        List<ConfigFile> files = ConfigFileLocator.locate(o, env(Map.of()));
        assertThat(names(files)).containsExactly("sub/a.yaml", "b.yaml");
        assertThat(files.getFirst().path()).isEqualTo(a);
        assertThat(files.getFirst().content()).isEqualTo("a: 1\n");
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root.resolve("app/sub"));
    }

    @Test
    void dashFDashReadsStdin() {
        LoadOptions o = options(root).file("-").stdin(() -> "services: {}\n").build();
        List<ConfigFile> files = ConfigFileLocator.locate(o, env(Map.of()));
        assertThat(files).containsExactly(new ConfigFile("-", null, "services: {}\n"));
        assertThat(files.getFirst().isStdin()).isTrue();
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root);
    }

    @Test
    void projectDirectoryComesFromTheFirstFileThatIsNotStdin() throws IOException {
        write("x/c.yaml", "c: 1\n");
        LoadOptions o = options(root).file("-").file("x/c.yaml").build();
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root.resolve("x"));
    }

    @Test
    void projectDirectoryOptionWins() throws IOException {
        write("x/c.yaml", "c: 1\n");
        LoadOptions o = options(root).file("x/c.yaml").projectDirectory(Path.of("elsewhere")).build();
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root.resolve("elsewhere"));
    }

    @Test
    void aMissingFileIsAnError() {
        LoadOptions o = options(root).file("missing.yaml").build();
        assertThatThrownBy(() -> ConfigFileLocator.locate(o, env(Map.of())))
                .isInstanceOf(ComposeException.class)
                .hasMessage("open " + root.resolve("missing.yaml") + ": no such file or directory");
    }

    @Test
    void aDirectoryIsAnError() throws IOException {
        Files.createDirectories(root.resolve("d"));
        LoadOptions o = options(root).file("d").build();
        assertThatThrownBy(() -> ConfigFileLocator.locate(o, env(Map.of())))
                .hasMessage("read " + root.resolve("d") + ": is a directory");
    }

    @Test
    void composeFileIsSplitByThePathSeparator() throws IOException {
        write("one.yaml", "one: 1\n");
        write("two.yaml", "two: 2\n");
        LoadOptions o = options(root).build();
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of("COMPOSE_FILE", "one.yaml:two.yaml")))))
                .containsExactly("one.yaml", "two.yaml");
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of("COMPOSE_FILE", "two.yaml;;one.yaml",
                "COMPOSE_PATH_SEPARATOR", ";"))))).containsExactly("two.yaml", "one.yaml");
    }

    @Test
    void dashFWinsOverComposeFile() throws IOException {
        write("one.yaml", "one: 1\n");
        write("two.yaml", "two: 2\n");
        LoadOptions o = options(root).file("two.yaml").build();
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of("COMPOSE_FILE", "one.yaml")))))
                .containsExactly("two.yaml");
    }

    @Test
    void projectDirectoryFollowsComposeFileFromTheProcessEnvironment() throws IOException {
        write("p/one.yaml", "one: 1\n");
        LoadOptions o = options(root).environment(Map.of("COMPOSE_FILE", "p/one.yaml")).build();
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root.resolve("p"));
    }

    @Test
    void findsTheDefaultFileAndItsOverride() throws IOException {
        write("compose.yaml", "a: 1\n");
        write("compose.override.yaml", "b: 1\n");
        LoadOptions o = options(root).build();
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of()))))
                .containsExactly("compose.yaml", "compose.override.yaml");
        assertThat(warnings).isEmpty();
    }

    @Test
    void legacyNamesAreFoundToo() throws IOException {
        write("docker-compose.yaml", "a: 1\n");
        write("docker-compose.override.yml", "b: 1\n");
        assertThat(names(ConfigFileLocator.locate(options(root).build(), env(Map.of()))))
                .containsExactly("docker-compose.yaml", "docker-compose.override.yml");
    }

    @Test
    void searchesParentDirectoriesAndMakesThatTheProjectDirectory() throws IOException {
        write("compose.yml", "a: 1\n");
        Path deep = Files.createDirectories(root.resolve("a/b"));
        LoadOptions o = options(deep).build();
        List<ConfigFile> files = ConfigFileLocator.locate(o, env(Map.of()));
        assertThat(names(files)).containsExactly("../../compose.yml");
        assertThat(files.getFirst().path()).isEqualTo(root.resolve("compose.yml"));
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(root);
    }

    @Test
    void theNearestDirectoryWins() throws IOException {
        write("compose.yaml", "outer: 1\n");
        write("inner/docker-compose.yml", "inner: 1\n");
        LoadOptions o = options(root.resolve("inner")).build();
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of())))).containsExactly("docker-compose.yml");
    }

    @Test
    void warnsWhenSeveralDefaultNamesExist() throws IOException {
        write("compose.yaml", "a: 1\n");
        write("docker-compose.yml", "a: 2\n");
        write("compose.override.yml", "b: 1\n");
        write("docker-compose.override.yaml", "b: 2\n");
        List<ConfigFile> files = ConfigFileLocator.locate(options(root).build(), env(Map.of()));
        assertThat(names(files)).containsExactly("compose.yaml", "compose.override.yml");
        assertThat(warnings).containsExactly(
                "Found multiple config files with supported names: " + root.resolve("compose.yaml") + ", "
                        + root.resolve("docker-compose.yml") + "; Using " + root.resolve("compose.yaml"),
                "Found multiple override files with supported names: " + root.resolve("compose.override.yml")
                        + ", " + root.resolve("docker-compose.override.yaml") + "; Using "
                        + root.resolve("compose.override.yml"));
    }

    @Test
    void searchStartsAtTheProjectDirectoryOption() throws IOException {
        write("proj/compose.yaml", "a: 1\n");
        Path wd = Files.createDirectories(root.resolve("wd"));
        LoadOptions o = options(wd).projectDirectory(root.resolve("proj")).build();
        assertThat(names(ConfigFileLocator.locate(o, env(Map.of())))).containsExactly("../proj/compose.yaml");
    }

    @Test
    void noFileFoundIsAnError() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        LoadOptions o = options(empty).build();
        assertThatThrownBy(() -> ConfigFileLocator.locate(o, env(Map.of())))
                .isInstanceOf(ComposeException.class)
                .hasMessage("no configuration file provided: not found");
        assertThat(ConfigFileLocator.projectDirectory(o)).isEqualTo(empty);
    }

    @Test
    void jsonFilesAreReadAsYaml() throws IOException {
        Path json = root.resolve("compose.json");
        try (InputStream in = getClass().getResourceAsStream("/discovery/compose.json")) {
            Files.copy(in, json);
        }
        ConfigFile file = ConfigFileLocator.locate(options(root).file("compose.json").build(), env(Map.of()))
                .getFirst();
        assertThat(TreeJson.toJson(YamlReader.read(file.displayName(), file.content())).toString())
                .isEqualTo("{\"services\":{\"web\":{\"image\":\"nginx:${TAG}\"}}}");
    }
}
