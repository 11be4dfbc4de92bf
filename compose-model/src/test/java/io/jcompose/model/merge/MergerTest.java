package io.jcompose.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Tag;
import io.jcompose.model.tree.TreePath;
import io.jcompose.model.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class MergerTest {

    private static Node yaml(String text) {
        return YamlReader.read("compose.yaml", text);
    }

    private static String json(Node node) {
        return TreeJson.toJson(node).toString();
    }

    @Test
    void finishDropsResetValuesOfASingleFileAndClearsTags() {
        Node model = yaml("services:\n  web:\n    image: !override nginx\n    ports: !reset [\"80\"]\n"
                + "    environment: [A=1, !reset B=2]\n");
        Node finished = Merger.finish(model);
        assertThat(json(finished)).isEqualTo("{\"services\":{\"web\":{\"image\":\"nginx\",\"environment\":[\"A=1\"]}}}");
        MapNode web = (MapNode) ((MapNode) ((MapNode) finished).getOrNull("services")).getOrNull("web");
        assertThat(web.getOrNull("image").tag()).isEqualTo(Tag.NONE);
    }

    @Test
    void finishOfNothingIsAnEmptyMapping() {
        assertThat(json(Merger.finish(null))).isEqualTo("{}");
        assertThat(json(Merger.finish(yaml("!reset {}")))).isEqualTo("{}");
    }

    @Test
    void mergeKeepsThePositionsOfTheValuesItCopies() {
        Node merged = Merger.merge(yaml("services:\n  web:\n    image: a\n"),
                YamlReader.read("override.yaml", "services:\n  web:\n    user: root\n    image: b\n"));
        MapNode web = (MapNode) ((MapNode) ((MapNode) merged).getOrNull("services")).getOrNull("web");
        assertThat(web.getOrNull("image").position().toString()).isEqualTo("override.yaml:4:12");
        assertThat(web.keyPosition("image").toString()).isEqualTo("compose.yaml:3:5");
        assertThat(web.keyPosition("user").toString()).isEqualTo("override.yaml:3:5");
    }

    @Test
    void mergeAtAppliesTheServiceRulesToOneService() {
        Node merged = Merger.mergeAt(TreePath.of("services", "web"),
                yaml("environment: [A=1]\ncommand: [a, b]\nports: [\"80:80\"]\n"),
                yaml("environment: {B: \"2\"}\ncommand: [c]\nports: [\"80:80\", \"81:81\"]\n"));
        assertThat(json(merged)).isEqualTo(
                "{\"environment\":{\"A\":\"1\",\"B\":\"2\"},\"command\":[\"c\"],\"ports\":[\"80:80\",\"81:81\"]}");
    }

    @Test
    void resetThenSetAcrossThreeFilesIsTheSameWhicheverWayItIsGrouped() {
        Node a = yaml("services: {web: {environment: {A: \"1\"}, ports: [\"80\"]}}");
        Node b = yaml("services: {web: {environment: !reset {}, ports: !reset []}}");
        Node c = yaml("services: {web: {environment: {B: \"2\"}}}");
        String left = json(Merger.finish(Merger.merge(Merger.merge(a, b), c)));
        String right = json(Merger.finish(Merger.merge(a, Merger.merge(b, c))));
        assertThat(left).isEqualTo(right).isEqualTo("{\"services\":{\"web\":{\"environment\":{\"B\":\"2\"}}}}");
    }

    @Test
    void overrideTagWinsOverFilesFurtherLeftToo() {
        Node a = yaml("services: {web: {ports: [\"80\"]}}");
        Node b = yaml("services: {web: {ports: !override [\"81\"]}}");
        Node c = yaml("services: {web: {ports: [\"82\"]}}");
        String left = json(Merger.finish(Merger.merge(Merger.merge(a, b), c)));
        String right = json(Merger.finish(Merger.merge(a, Merger.merge(b, c))));
        assertThat(left).isEqualTo(right).isEqualTo("{\"services\":{\"web\":{\"ports\":[\"81\",\"82\"]}}}");
    }

    @Test
    void mergingIsAssociativeForAllRulesButLogging() {
        for (long seed = 0; seed < 400; seed++) {
            RandomDocuments docs = new RandomDocuments(seed, false);
            Node a = docs.document();
            Node b = docs.document();
            Node c = docs.document();
            String left = json(Merger.finish(Merger.merge(Merger.merge(a, b), c)));
            String right = json(Merger.finish(Merger.merge(a, Merger.merge(b, c))));
            assertThat(right).as("seed %d:\na=%s\nb=%s\nc=%s", seed, json(a), json(b), json(c)).isEqualTo(left);
        }
    }

    @Test
    void loggingIsNotAssociativeWhenTheDriverChanges() {
        Node a = yaml("services: {web: {logging: {driver: json-file, options: {a: \"1\"}}}}");
        Node b = yaml("services: {web: {logging: {options: {b: \"2\"}}}}");
        Node c = yaml("services: {web: {logging: {driver: syslog}}}");
        String left = json(Merger.finish(Merger.merge(Merger.merge(a, b), c)));
        String right = json(Merger.finish(Merger.merge(a, Merger.merge(b, c))));
        assertThat(left).isEqualTo("{\"services\":{\"web\":{\"logging\":{\"driver\":\"syslog\"}}}}");
        assertThat(right).isEqualTo(
                "{\"services\":{\"web\":{\"logging\":{\"options\":{\"b\":\"2\"},\"driver\":\"syslog\"}}}}");
    }

    @Test
    void anEmptyDocumentIsTheIdentityOfMerge() {
        Node empty = yaml("{}");
        for (long seed = 0; seed < 100; seed++) {
            Node a = new RandomDocuments(seed, true).document();
            String finished = json(Merger.finish(a));
            assertThat(json(Merger.finish(Merger.merge(empty, a)))).as("seed %d", seed).isEqualTo(finished);
            assertThat(json(Merger.finish(Merger.merge(a, empty)))).as("seed %d", seed).isEqualTo(finished);
        }
    }

    @Test
    void aChangeOfKindIsNotAssociativeSoTheGeneratorKeepsOneKindPerPath() {
        Node a = yaml("services: {web: {deploy: {labels_x: {a: 1}}}}");
        Node b = yaml("services: {web: {deploy: {labels_x: text}}}");
        Node c = yaml("services: {web: {deploy: {labels_x: {b: 2}}}}");
        String left = json(Merger.finish(Merger.merge(Merger.merge(a, b), c)));
        String right = json(Merger.finish(Merger.merge(a, Merger.merge(b, c))));
        assertThat(left).isEqualTo("{\"services\":{\"web\":{\"deploy\":{\"labels_x\":{\"b\":2}}}}}");
        assertThat(right).isEqualTo("{\"services\":{\"web\":{\"deploy\":{\"labels_x\":{\"a\":1,\"b\":2}}}}}");
    }
}
