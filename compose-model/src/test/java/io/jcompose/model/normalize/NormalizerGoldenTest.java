package io.jcompose.model.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden cases under {@code src/test/resources/normalize/<case>/}: {@code compose.yaml} is read, normalised with
 * project name {@code proj}, the case directory as project directory and a fixed environment, and compared with
 * {@code expected.json} (key order included) or, for failures, with the message in {@code expected-error.txt}.
 * {@code ${DIR}} in either file stands for the case directory. Run with {@code -Dgolden.update=true} to rewrite.
 */
class NormalizerGoldenTest {

    static final Environment ENV = new Environment(Map.of("FOO", "foo-from-env", "BAR", "bar-from-env",
            "ARG_FROM_ENV", "arg-value"));
    private static final Path ROOT = Path.of("src/test/resources/normalize");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        String yaml = Files.readString(dir.resolve("compose.yaml")).replace("${DIR}", abs.toString());
        Node model = YamlReader.read("compose.yaml", yaml);
        Path errorFile = dir.resolve("expected-error.txt");
        if (Files.exists(errorFile)) {
            String expected = Files.readString(errorFile).strip().replace("${DIR}", abs.toString());
            assertThatThrownBy(() -> Normalizer.normalize(model, "proj", abs, ENV))
                    .isInstanceOf(ComposeException.class).hasMessage(expected);
            return;
        }
        Node normalized = Normalizer.normalize(model, "proj", abs, ENV);
        String actual = TreeJson.writeJson(normalized);
        assertThat(TreeJson.writeJson(Normalizer.normalize(normalized, "proj", abs, ENV)))
                .as("normalising twice changes nothing").isEqualTo(actual);
        Path expectedFile = dir.resolve("expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual.replace(abs.toString(), "${DIR}"));
            return;
        }
        String expectedText = Files.readString(expectedFile).replace("${DIR}", abs.toString());
        Node expected = TreeJson.fromJson(JsonMapper.builder().build().readTree(expectedText), Position.NONE);
        assertThat(actual).isEqualTo(TreeJson.writeJson(expected));
    }
}
