package io.jcompose.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static MapNode map(String yaml) {
        return (MapNode) YamlReader.read("compose.yaml", yaml);
    }

    @Test
    void keepsPositionsOfKeysAndValues() {
        MapNode root = map("services:\n  web:\n    image: nginx\n");
        MapNode web = (MapNode) ((MapNode) root.getOrNull("services")).getOrNull("web");
        assertThat(web.keyPosition("image").toString()).isEqualTo("compose.yaml:3:5");
        assertThat(web.getOrNull("image").position().toString()).isEqualTo("compose.yaml:3:12");
    }

    @Test
    void resolvesScalarsByTheCoreSchema() {
        MapNode root = map("a: 1\nb: \"1\"\nc: true\nd: yes\ne: ~\nf: 1.5\ng: 0o17\nh: 0x1F\ni: 0440\nj: \"0440\"\n");
        assertThat(((ScalarNode) root.getOrNull("i")).value()).as("octal as compose reads file modes").isEqualTo(288L);
        assertThat(((ScalarNode) root.getOrNull("j")).value()).isEqualTo("0440");
        assertThat(((ScalarNode) root.getOrNull("a")).value()).isEqualTo(1L);
        assertThat(((ScalarNode) root.getOrNull("b")).value()).isEqualTo("1");
        assertThat(((ScalarNode) root.getOrNull("c")).value()).isEqualTo(true);
        assertThat(((ScalarNode) root.getOrNull("d")).value()).isEqualTo("yes");
        assertThat(((ScalarNode) root.getOrNull("e")).value()).isNull();
        assertThat(((ScalarNode) root.getOrNull("f")).value()).isEqualTo(1.5);
        assertThat(((ScalarNode) root.getOrNull("g")).value()).isEqualTo(15L);
        assertThat(((ScalarNode) root.getOrNull("h")).value()).isEqualTo(31L);
    }

    @Test
    void resolvesMergeKeysWithExplicitKeysWinning() {
        MapNode root = map("""
                x-base: &base
                  image: busybox
                  restart: always
                x-more: &more
                  restart: "no"
                  user: nobody
                services:
                  a:
                    <<: [*base, *more]
                    image: alpine
                """);
        Node a = ((MapNode) root.getOrNull("services")).getOrNull("a");
        assertThat(TreeJson.toJson(a).toString())
                .isEqualTo("{\"image\":\"alpine\",\"restart\":\"always\",\"user\":\"nobody\"}");
    }

    @Test
    void keepsResetAndOverrideTags() {
        MapNode root = map("ports: !reset []\nenv: !override {A: 1}\nx: !reset null\n");
        assertThat(root.getOrNull("ports").tag()).isEqualTo(Tag.RESET);
        assertThat(root.getOrNull("ports")).isInstanceOf(ListNode.class);
        assertThat(root.getOrNull("env").tag()).isEqualTo(Tag.OVERRIDE);
        assertThat(((ScalarNode) root.getOrNull("x")).value()).isNull();
    }

    @Test
    void rejectsDuplicateKeysNamingBothLines() {
        assertThatThrownBy(() -> map("services:\n  web:\n    image: a\n    image: b\n"))
                .isInstanceOf(ComposeFileException.class)
                .hasMessage("compose.yaml:4:5: services.web: mapping key \"image\" already defined at line 3");
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        assertThatThrownBy(() -> map("services:\n  web:\n    image: [a\n"))
                .isInstanceOf(ComposeFileException.class)
                .hasMessageStartingWith("compose.yaml:4:1: invalid YAML: ");
    }

    @Test
    void rejectsUnknownTags() {
        assertThatThrownBy(() -> map("a: !include other.yaml\n"))
                .hasMessage("compose.yaml:1:4: a: unknown YAML tag \"!include\" (jcompose knows !reset and !override)");
    }

    @Test
    void readsJson() {
        MapNode root = map("{\"services\": {\"web\": {\"image\": \"nginx\", \"ports\": [80]}}}");
        assertThat(TreeJson.toJson(root).toString()).isEqualTo("{\"services\":{\"web\":{\"image\":\"nginx\",\"ports\":[80]}}}");
    }

    @Test
    void emptyFileIsAnEmptyMapping() {
        assertThat(YamlReader.read("compose.yaml", "")).isInstanceOf(MapNode.class);
    }
}
