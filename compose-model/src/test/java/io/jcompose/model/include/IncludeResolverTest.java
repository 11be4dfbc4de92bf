package io.jcompose.model.include;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.json.TreeJson;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeResolverTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private Node load(FileSourceLoader loader) {
        return loader.loadProject(dir.resolve("compose.yaml"));
    }

    @Test
    void passesProjectDirectoryAndEnvFilesToTheLoader() throws IOException {
        write("compose.yaml", """
                include:
                  - a/compose.yaml
                  - path: [b/compose.yaml, b/override.yaml]
                    project_directory: b/project
                    env_file: [b.env, /etc/b.env]
                  - path: c/compose.yaml
                """);
        write("a/compose.yaml", "services: {a: {image: a}}\n");
        write("a/.env", "A=1\n");
        write("b/compose.yaml", "services: {b: {image: b}}\n");
        write("b/override.yaml", "services: {b: {user: root}}\n");
        write("c/compose.yaml", "services: {c: {image: c}}\n");
        write("c/.env/placeholder", "a directory named .env is not an env file\n");
        FileSourceLoader loader = new FileSourceLoader(dir);
        Node model = load(loader);
        assertThat(loader.includeCalls()).containsExactly(
                "[a/compose.yaml] | a | [a/.env]",
                "[b/compose.yaml, b/override.yaml] | b/project | [b.env, ../../etc/b.env]".replace("../../",
                        dir.relativize(Path.of("/")).toString() + "/"),
                "[c/compose.yaml] | c | []");
        assertThat(TreeJson.toJson(model).toString()).isEqualTo(
                "{\"services\":{\"a\":{\"image\":\"a\"},\"b\":{\"image\":\"b\",\"user\":\"root\"},"
                        + "\"c\":{\"image\":\"c\"}}}");
    }

    @Test
    void aNullIncludeIsRemoved() {
        Node model = YamlReader.read("compose.yaml", "include:\nservices: {}\n");
        Node out = IncludeResolver.resolve(model, new ConfigFile("compose.yaml", null, ""), dir,
                new FileSourceLoader(dir));
        assertThat(TreeJson.toJson(out).toString()).isEqualTo("{\"services\":{}}");
    }

    @Test
    void aModelWithoutIncludeIsReturnedAsItIs() {
        Node model = YamlReader.read("compose.yaml", "services: {}\n");
        assertThat(IncludeResolver.resolve(model, new ConfigFile("compose.yaml", null, ""), dir,
                new FileSourceLoader(dir))).isSameAs(model);
    }

    @Test
    void entriesMustBeStringsOrMappingsWithAPath() {
        ConfigFile file = new ConfigFile("compose.yaml", dir.resolve("compose.yaml"), "");
        FileSourceLoader loader = new FileSourceLoader(dir);
        assertThatThrownBy(() -> IncludeResolver.resolve(YamlReader.read("compose.yaml", "include:\n  - 12\n"),
                file, dir, loader)).hasMessage("compose.yaml:2:5: include[0]: must be a string or a mapping with "
                        + "\"path\", got a number");
        assertThatThrownBy(() -> IncludeResolver.resolve(YamlReader.read("compose.yaml",
                "include:\n  - project_directory: x\n"), file, dir, loader))
                .hasMessage("compose.yaml:2:5: include[0]: \"path\" is required");
        assertThatThrownBy(() -> IncludeResolver.resolve(YamlReader.read("compose.yaml", "include: a.yaml\n"),
                file, dir, loader)).hasMessage("compose.yaml:1:10: include: must be a sequence, got a string");
    }
}
