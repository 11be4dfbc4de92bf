package io.jcompose.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentResolverTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path copyResource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/env/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void readsTheDefaultDotEnvOfTheProjectDirectory() throws IOException {
        write(".env", "A=from-dotenv\nB=${A}-b\n");
        Environment env = EnvironmentResolver.resolve(Map.of("P", "proc"), dir, List.of(), warnings::add);
        assertThat(env.values()).containsExactlyInAnyOrderEntriesOf(Map.of("A", "from-dotenv", "B", "from-dotenv-b", "P", "proc"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void withoutDotEnvHasOnlyTheProcessEnvironment() {
        Environment env = EnvironmentResolver.resolve(Map.of("P", "proc"), dir, List.of(), warnings::add);
        assertThat(env.values()).containsExactlyInAnyOrderEntriesOf(Map.of("P", "proc"));
    }

    @Test
    void aDotEnvDirectoryIsIgnored() throws IOException {
        Files.createDirectories(dir.resolve(".env"));
        assertThat(EnvironmentResolver.resolve(Map.of(), dir, List.of(), warnings::add).values()).isEmpty();
    }

    @Test
    void processEnvironmentWinsOverFiles() throws IOException {
        write(".env", "A=file\nB=file\n");
        Environment env = EnvironmentResolver.resolve(Map.of("A", "proc"), dir, List.of(), warnings::add);
        assertThat(env.get("A")).contains("proc");
        assertThat(env.get("B")).contains("file");
    }

    @Test
    void envFilesReplaceDotEnvAndLaterFilesWin() throws IOException {
        write(".env", "ONLY_DOTENV=yes\n");
        Path first = copyResource("first.env");
        Path second = copyResource("second.env");
        Environment env = EnvironmentResolver.resolve(Map.of(), dir, List.of(first, second), warnings::add);
        assertThat(env.values()).containsExactlyInAnyOrderEntriesOf(Map.of("FROM_FIRST", "one", "SHARED", "second",
                "DERIVED", "one-two"));
    }

    @Test
    void interpolationInFilesSeesTheProcessEnvironmentFirst() throws IOException {
        Path f = write("x.env", "A=file\nB=$A\n");
        Environment env = EnvironmentResolver.resolve(Map.of("A", "proc"), dir, List.of(f), warnings::add);
        assertThat(env.get("B")).contains("proc");
    }

    @Test
    void aLoneKeyInheritsFromTheProcessEnvironmentOrEarlierFiles() throws IOException {
        Path first = write("a.env", "FROM_A=a\n");
        Path second = write("b.env", "FROM_A\nPROC\nNOWHERE\n");
        Environment env = EnvironmentResolver.resolve(Map.of("PROC", "p"), dir, List.of(first, second),
                warnings::add);
        assertThat(env.values()).containsExactlyInAnyOrderEntriesOf(Map.of("FROM_A", "a", "PROC", "p"));
    }

    @Test
    void aMissingEnvFileIsAnError() {
        Path missing = dir.resolve("nope.env");
        assertThatThrownBy(() -> EnvironmentResolver.resolve(Map.of(), dir, List.of(missing), warnings::add))
                .isInstanceOf(ComposeException.class)
                .hasMessage("couldn't find env file: " + missing);
    }

    @Test
    void aDirectoryAsEnvFileIsAnError() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        assertThatThrownBy(() -> EnvironmentResolver.resolve(Map.of(), dir, List.of(sub), warnings::add))
                .hasMessage(sub + " is a directory");
    }

    @Test
    void errorsNameTheAbsoluteFileAndLine() throws IOException {
        write(".env", "OK=1\nNOT OK=2\n");
        assertThatThrownBy(() -> EnvironmentResolver.resolve(Map.of(), dir, List.of(), warnings::add))
                .isInstanceOf(EnvFileException.class)
                .hasMessage(dir.resolve(".env") + ":2: key cannot contain a space");
    }

    @Test
    void warnsOncePerUnsetVariableAcrossFiles() throws IOException {
        Path a = write("a.env", "A=$MISSING\nB=${MISSING}\n");
        Path b = write("b.env", "C=$MISSING\n");
        EnvironmentResolver.resolve(Map.of(), dir, List.of(a, b), warnings::add);
        assertThat(warnings).containsExactly("The \"MISSING\" variable is not set. Defaulting to a blank string.");
    }
}
