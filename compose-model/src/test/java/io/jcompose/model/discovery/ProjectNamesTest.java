package io.jcompose.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectNamesTest {

    private static final Path DIR = Path.of("/work/My Project.v2");

    private static Node model(String yaml) {
        return YamlReader.read("compose.yaml", yaml);
    }

    static Stream<Arguments> chosen() {
        return Stream.of(
                Arguments.of("flag", Map.of("COMPOSE_PROJECT_NAME", "env"), "name: file", "flag"),
                Arguments.of(null, Map.of("COMPOSE_PROJECT_NAME", "env"), "name: file", "env"),
                Arguments.of("", Map.of("COMPOSE_PROJECT_NAME", ""), "name: file", "file"),
                Arguments.of(null, Map.of(), "name: My_File-1", "my_file-1"),
                Arguments.of(null, Map.of(), "name: \"__Web App!\"", "webapp"),
                Arguments.of(null, Map.of(), "name: \"-_\"", "myprojectv2"),
                Arguments.of(null, Map.of(), "name: 123", "123"),
                Arguments.of(null, Map.of(), "services: {}", "myprojectv2"),
                Arguments.of("a_b-c9", Map.of(), "services: {}", "a_b-c9"));
    }

    @ParameterizedTest(name = "-p {0}, env {1}, {2} -> {3}")
    @MethodSource("chosen")
    void choosesByPrecedence(String flag, Map<String, String> env, String yaml, String expected) {
        assertThat(ProjectNames.resolve(Optional.ofNullable(flag), new Environment(env), model(yaml), DIR))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "-p {0}")
    @CsvSource({"MyApp", "-app", "_app", "my app", "app!"})
    void rejectsInvalidExplicitNames(String name) {
        String message = "invalid project name \"" + name + "\": must consist only of lowercase alphanumeric"
                + " characters, hyphens, and underscores as well as start with a letter or number";
        assertThatThrownBy(() -> ProjectNames.resolve(Optional.of(name), new Environment(Map.of()),
                model("{}"), DIR)).isInstanceOf(ComposeException.class).hasMessage(message);
        assertThatThrownBy(() -> ProjectNames.resolve(Optional.empty(),
                new Environment(Map.of("COMPOSE_PROJECT_NAME", name)), model("{}"), DIR)).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Hello World|helloworld", "__x|x", "--_a-b_|a-b_", "ÄBC|bc", "0ab|0ab",
            "...|''"})
    void normalises(String input, String expected) {
        assertThat(ProjectNames.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "directory {0}")
    @CsvSource({"/", "/tmp/___"})
    void anEmptyDirectoryNameIsAnError(String dir) {
        assertThatThrownBy(() -> ProjectNames.resolve(Optional.empty(), new Environment(Map.of()), model("{}"),
                Path.of(dir))).hasMessage("project name must not be empty");
    }
}
