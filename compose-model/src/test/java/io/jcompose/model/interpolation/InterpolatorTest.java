package io.jcompose.model.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class InterpolatorTest {

    private static final Map<String, String> ENV = Map.of("TAG", "1.25", "SCALE", "2", "CPUS", "0.5", "YES", "yes",
            "GRACE", "10s", "PORT", "8080", "HARD", "40000", "EMPTY", "");

    private final List<String> warnings = new ArrayList<>();
    private final Interpolator interpolator = new Interpolator(n -> Optional.ofNullable(ENV.get(n)), warnings::add);

    private static Node yaml(String text) {
        return YamlReader.read("compose.yaml", text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InterpolatorTest.class.getResourceAsStream("/interpolation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void interpolatesValuesAndCastsTypedFieldsLikeTheGoldenFile() throws IOException {
        Node result = interpolator.interpolate(yaml(resource("casts.yaml")));
        String expected = JsonMapper.builder().build().readTree(resource("casts.expected.json")).toString();
        assertThat(TreeJson.toJson(result).toString()).isEqualTo(expected);
        assertThat(warnings).isEmpty();
    }

    @Test
    void keepsPositionsTagsAndNonStringScalars() {
        MapNode root = (MapNode) interpolator.interpolate(yaml("a: !override ${TAG}\nb: 5\nc: true\nd: ~\n"));
        ScalarNode a = (ScalarNode) root.getOrNull("a");
        assertThat(a.value()).isEqualTo("1.25");
        assertThat(a.tag()).isEqualTo(Tag.OVERRIDE);
        assertThat(a.position().toString()).isEqualTo("compose.yaml:1:4");
        assertThat(root.keyPosition("b").toString()).isEqualTo("compose.yaml:2:1");
        assertThat(((ScalarNode) root.getOrNull("b")).value()).isEqualTo(5L);
        assertThat(((ScalarNode) root.getOrNull("c")).value()).isEqualTo(true);
        assertThat(((ScalarNode) root.getOrNull("d")).isNull()).isTrue();
    }

    @Test
    void warnsOncePerUnsetVariableAcrossTrees() {
        interpolator.interpolate(yaml("a: $MISSING\nb: ${MISSING}-${OTHER}\n"));
        interpolator.interpolate(yaml("c: ${MISSING}\nd: ${OTHER:-x}\ne: $THIRD\n"));
        assertThat(warnings).containsExactly(
                "The \"MISSING\" variable is not set. Defaulting to a blank string.",
                "The \"OTHER\" variable is not set. Defaulting to a blank string.",
                "The \"THIRD\" variable is not set. Defaulting to a blank string.");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("services:\n  web:\n    image: ${VAR\n",
                        "compose.yaml:3:12: services.web.image: invalid interpolation format for \"${VAR\": "
                                + "you may need to escape any $ with another $"),
                Arguments.of("services:\n  web:\n    image: \"${}\"\n",
                        "compose.yaml:3:12: services.web.image: invalid interpolation format for \"${}\": "
                                + "you may need to escape any $ with another $"),
                Arguments.of("services:\n  web:\n    environment:\n      - A=${A:?A is needed}\n",
                        "compose.yaml:4:9: services.web.environment[0]: required variable A is missing a value: "
                                + "A is needed"),
                Arguments.of("x: ${EMPTY:?}\n", "compose.yaml:1:4: x: required variable EMPTY is missing a value"),
                Arguments.of("services:\n  web:\n    deploy:\n      replicas: \"many\"\n",
                        "compose.yaml:4:17: services.web.deploy.replicas: failed to cast to expected type: "
                                + "\"many\" is not an integer"),
                Arguments.of("services:\n  web:\n    privileged: ${UNSET_FLAG}\n",
                        "compose.yaml:3:17: services.web.privileged: failed to cast to expected type: "
                                + "\"\" is not a boolean"),
                Arguments.of("services:\n  web:\n    cpus: \"lots\"\n",
                        "compose.yaml:3:11: services.web.cpus: failed to cast to expected type: "
                                + "\"lots\" is not a number"),
                Arguments.of("services:\n  web:\n    ports:\n      - target: \"80/tcp\"\n",
                        "compose.yaml:4:17: services.web.ports[0].target: failed to cast to expected type: "
                                + "\"80/tcp\" is not an integer"),
                Arguments.of("networks:\n  n:\n    external: \"maybe\"\n",
                        "compose.yaml:3:15: networks.n.external: failed to cast to expected type: "
                                + "\"maybe\" is not a boolean"),
                Arguments.of("services:\n  web:\n    scale: \"99999999999999999999\"\n",
                        "compose.yaml:3:12: services.web.scale: failed to cast to expected type: "
                                + "\"99999999999999999999\" is out of range for an integer"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void reportsErrorsAtTheScalar(String yaml, String message) {
        assertThatThrownBy(() -> interpolator.interpolate(yaml(yaml)))
                .isInstanceOf(ComposeFileException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> casts() {
        return Stream.of(
                Arguments.of("services:\n  s:\n    cpus: \"2\"\n", "services", "{\"s\":{\"cpus\":2}}"),
                Arguments.of("services:\n  s:\n    cpus: \"1.5e0\"\n", "services", "{\"s\":{\"cpus\":1.5}}"),
                Arguments.of("services:\n  s:\n    scale: \"+3\"\n", "services", "{\"s\":{\"scale\":3}}"),
                Arguments.of("services:\n  s:\n    init: \"ON\"\n", "services", "{\"s\":{\"init\":true}}"),
                Arguments.of("services:\n  s:\n    init: \"N\"\n", "services", "{\"s\":{\"init\":false}}"),
                Arguments.of("services:\n  s:\n    tty: 1\n", "services", "{\"s\":{\"tty\":1}}"),
                Arguments.of("services:\n  s:\n    ports: [{target: 80, published: \"${PORT}\"}]\n", "services",
                        "{\"s\":{\"ports\":[{\"target\":80,\"published\":\"8080\"}]}}"),
                Arguments.of("services:\n  s:\n    shm_size: \"${SCALE}g\"\n", "services",
                        "{\"s\":{\"shm_size\":\"2g\"}}"),
                Arguments.of("x-ports:\n  target: \"80\"\n", "x-ports", "{\"target\":\"80\"}"),
                Arguments.of("services:\n  s:\n    deploy:\n      resources:\n        limits: {pids: \"10\"}\n",
                        "services", "{\"s\":{\"deploy\":{\"resources\":{\"limits\":{\"pids\":10}}}}}"),
                Arguments.of("services:\n  s:\n    healthcheck: {retries: \"${SCALE}\"}\n", "services",
                        "{\"s\":{\"healthcheck\":{\"retries\":2}}}"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("casts")
    void castsOnlyTypedFieldsHoldingStrings(String yaml, String key, String json) {
        MapNode root = (MapNode) interpolator.interpolate(yaml(yaml));
        assertThat(TreeJson.toJson(root.getOrNull(key)).toString()).isEqualTo(json);
    }

    @Test
    void doesNotInterpolateKeys() {
        MapNode root = (MapNode) interpolator.interpolate(yaml("$TAG: ${TAG}\n"));
        assertThat(root.keys()).containsExactly("$TAG");
        assertThat(((ScalarNode) root.getOrNull("$TAG")).value()).isEqualTo("1.25");
    }

    @Test
    void listsVariablesSortedAndMerged() {
        Node tree = yaml("""
                services:
                  web:
                    image: "${IMAGE:-nginx}:${TAG}"
                    environment:
                      - A=${A:?set A}
                      - B=${B:+on}
                      - C=${C-${NESTED:-deep}}
                      - D=$$NOT_A_VARIABLE $PLAIN
                    labels:
                      again: "${TAG:-latest} ${A}"
                      bad: "${"
                """);
        assertThat(interpolator.variables(tree)).containsExactly(
                new VariableUse("A", true, null, null),
                new VariableUse("B", false, null, "on"),
                new VariableUse("C", false, "${NESTED:-deep}", null),
                new VariableUse("IMAGE", false, "nginx", null),
                new VariableUse("NESTED", false, "deep", null),
                new VariableUse("PLAIN", false, null, null),
                new VariableUse("TAG", false, "latest", null));
    }
}
