package io.jcompose.model.extend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.include.FileSourceLoader;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtendsResolverTest {

    private static final Path PROJECT = Path.of("/project");
    private static final ConfigFile STDIN = new ConfigFile("-", null, "");

    private static Node resolve(String yaml) {
        return ExtendsResolver.resolve(YamlReader.read("-", yaml), STDIN, PROJECT, new FileSourceLoader(PROJECT));
    }

    @Test
    void modelsWithoutExtendsAreReturnedAsTheyAre() {
        Node model = YamlReader.read("-", "services: {web: {image: x}, db:}\n");
        assertThat(ExtendsResolver.resolve(model, STDIN, PROJECT, new FileSourceLoader(PROJECT))).isSameAs(model);
    }

    @Test
    void theResultKeepsTheExtendingServicePositionAndDropsExtends() {
        Node out = resolve("services:\n  base:\n    image: x\n  web:\n    extends: base\n    user: me\n");
        MapNode web = (MapNode) ((MapNode) ((MapNode) out).getOrNull("services")).getOrNull("web");
        assertThat(web.position().toString()).isEqualTo("-:5:5");
        assertThat(web.has("extends")).isFalse();
        assertThat(web.getOrNull("image").position().toString()).isEqualTo("-:3:12");
        assertThat(TreeJson.toJson(web).toString()).isEqualTo("{\"image\":\"x\",\"user\":\"me\"}");
    }

    @Test
    void relativePathsOfASameFileBaseStayRelative() {
        Node out = resolve("services:\n  base: {build: ./app}\n  web: {extends: base}\n");
        assertThat(TreeJson.toJson(out).toString())
                .isEqualTo("{\"services\":{\"base\":{\"build\":\"./app\"},\"web\":{\"build\":\"./app\"}}}");
    }

    @Test
    void malformedExtendsIsReported() {
        assertThatThrownBy(() -> resolve("services:\n  web:\n    extends: [a]\n"))
                .hasMessage("-:3:14: services.web.extends: must be a string or a mapping with \"service\" and "
                        + "\"file\", got a sequence");
        assertThatThrownBy(() -> resolve("services:\n  web:\n    extends: {file: a.yaml}\n"))
                .hasMessage("-:3:14: services.web.extends: \"service\" is required");
    }

    @Test
    void aServiceCannotExtendItself() {
        assertThatThrownBy(() -> resolve("services:\n  web:\n    extends: web\n"))
                .hasMessage("-:3:14: services.web.extends: circular reference: web -> web");
    }

    @Test
    void aServiceCanBeExtendedByManyAndIsResolvedOnce() {
        Node out = resolve("""
                services:
                  base: {extends: root, environment: [B=1]}
                  root: {image: r, environment: [R=1]}
                  one: {extends: base, environment: [O=1]}
                  two: {extends: base}
                """);
        assertThat(TreeJson.toJson(out).toString()).isEqualTo("{\"services\":{"
                + "\"base\":{\"image\":\"r\",\"environment\":{\"R\":\"1\",\"B\":\"1\"}},"
                + "\"root\":{\"image\":\"r\",\"environment\":[\"R=1\"]},"
                + "\"one\":{\"image\":\"r\",\"environment\":{\"R\":\"1\",\"B\":\"1\",\"O\":\"1\"}},"
                + "\"two\":{\"image\":\"r\",\"environment\":{\"R\":\"1\",\"B\":\"1\"}}}}");
    }

    @Test
    void extendingAnEmptyServiceAddsNothing() {
        assertThat(TreeJson.toJson(resolve("services:\n  base:\n  web: {extends: base, image: w}\n")).toString())
                .isEqualTo("{\"services\":{\"base\":null,\"web\":{\"image\":\"w\"}}}");
    }
}
