package io.jcompose.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each directory under {@code malformed/} holds a broken {@code compose.yaml} and the exact one-line message
 * jcompose must print for it; a {@code semantic} marker means the input is already in normalised form and goes
 * through the consistency check instead of the schema.
 */
class MalformedCorpusTest {

    static List<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExpectedMessage(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("compose.yaml"));
        String expected = Files.readString(dir.resolve("expected.txt")).strip();
        boolean semantic = Files.exists(dir.resolve("semantic"));

        assertThatThrownBy(() -> {
            Node tree = YamlReader.read("compose.yaml", text);
            if (semantic) {
                SemanticValidator.validate(tree);
            } else {
                SchemaValidator.validate(tree);
            }
        }).isInstanceOf(ComposeFileException.class).hasMessage(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseHasOneExpectedLine(Path dir) throws IOException {
        assertThat(Files.readString(dir.resolve("expected.txt")).strip()).doesNotContain("\n").isNotEmpty();
    }
}
