package io.jcompose.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static Node read(String yaml) {
        return YamlReader.read("compose.yaml", yaml);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaValidatorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void acceptsEveryFieldOfTheSpecInShortAndLongSyntax() throws IOException {
        assertThatCode(() -> SchemaValidator.validate(read(resource("/validate/kitchen-sink.yaml"))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsTheNormalisedFormDockerComposeConfigPrints() throws IOException {
        assertThatCode(() -> SchemaValidator.validate(read(resource("/validate/normalized.yaml"))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsAnEmptyFile() {
        assertThatCode(() -> SchemaValidator.validate(read(""))).doesNotThrowAnyException();
    }

    @Test
    void acceptsNumbersAndBooleansWrittenAsStrings() {
        assertThatCode(() -> SchemaValidator.validate(read("""
                services:
                  web:
                    image: nginx
                    cpus: "0.5"
                    mem_limit: 512m
                    privileged: "true"
                    scale: "2"
                    ports: ["80", 443, "8080-8081:80-81/udp"]
                    healthcheck: {retries: "3", interval: 10s}
                    deploy: {replicas: "2", resources: {limits: {cpus: 1, memory: 1073741824}}}
                """))).doesNotThrowAnyException();
    }

    @Test
    void ignoresValuesTaggedReset() {
        assertThatCode(() -> SchemaValidator.validate(read("""
                services:
                  web:
                    image: !reset null
                    ports: !reset {}
                    build: !reset
                """))).doesNotThrowAnyException();
    }

    @Test
    void reportsTheFirstProblemInDocumentOrder() {
        assertThatThrownBy(() -> SchemaValidator.validate(read("""
                services:
                  web:
                    image: nginx
                    ports: {a: 1}
                    imgae: x
                  db:
                    image: 5
                """)))
                .isInstanceOf(ComposeFileException.class)
                .hasMessage("compose.yaml:4:12: services.web.ports: must be a sequence, got a mapping");
    }

    @Test
    void errorsCarryPositionAndPath() {
        ComposeFileException e = (ComposeFileException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SchemaValidator.validate(read("services:\n  web:\n    image: nginx\n    imgae: x\n")));
        assertThat(e.position().line()).isEqualTo(4);
        assertThat(e.position().column()).isEqualTo(5);
        assertThat(e.path().toString()).isEqualTo("services.web");
        assertThat(e.problem()).isEqualTo("additional property \"imgae\" is not allowed (did you mean \"image\"?)");
    }

    @Test
    void isSafeToUseFromSeveralThreads() throws Exception {
        Node good = read(ValidationTimingTest.bigFile(20));
        Node bad = read("services:\n  web:\n    image: nginx\n    imgae: x\n");
        java.util.List<java.util.concurrent.Callable<String>> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            jobs.add(() -> {
                SchemaValidator.validate(good);
                return org.assertj.core.api.Assertions.catchThrowable(() -> SchemaValidator.validate(bad)).getMessage();
            });
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (var result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(
                        "compose.yaml:4:5: services.web: additional property \"imgae\" is not allowed (did you mean \"image\"?)");
            }
        }
    }

    @Test
    void suggestsByEditDistanceOrPrefix() {
        assertThat(Suggestions.closest("imgae", java.util.List.of("image", "init"))).contains("image");
        assertThat(Suggestions.closest("health", java.util.List.of("hostname", "healthcheck"))).contains("healthcheck");
        assertThat(Suggestions.closest("frobnicate", java.util.List.of("image", "init"))).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
