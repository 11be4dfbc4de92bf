package io.jcompose.model.validate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SemanticValidatorTest {

    private static Node read(String yaml) {
        return YamlReader.read("compose.yaml", yaml);
    }

    @Test
    void acceptsAConsistentNormalisedModel() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/validate/normalized.yaml")) {
            Node model = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThatCode(() -> SemanticValidator.validate(model)).doesNotThrowAnyException();
        }
    }

    @Test
    void skipsDependenciesThatAreNotRequired() {
        assertThatCode(() -> SemanticValidator.validate(read("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      cache: {condition: service_started, required: false}
                """))).doesNotThrowAnyException();
    }

    @Test
    void stillChecksTheConditionOfADependencyThatIsNotRequired() {
        assertThatThrownBy(() -> SemanticValidator.validate(read("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      cache: {condition: started, required: "false"}
                """))).isInstanceOf(ComposeFileException.class).hasMessageStartingWith(
                "compose.yaml:5:26: service \"web\" depends on \"cache\" with invalid condition \"started\"");
    }

    @Test
    void theDefaultNetworkNeedsNoDeclaration() {
        assertThatCode(() -> SemanticValidator.validate(read("""
                services:
                  web: {image: nginx, networks: {default: null}}
                """))).doesNotThrowAnyException();
    }

    @Test
    void acceptsProviderServicesWithoutImageAndBuild() {
        assertThatCode(() -> SemanticValidator.validate(read("""
                services:
                  llm: {provider: {type: model, options: {model: ai/smollm2}}}
                """))).doesNotThrowAnyException();
    }

    @Test
    void acceptsBindMountsAnonymousVolumesAndContainerReferences() {
        assertThatCode(() -> SemanticValidator.validate(read("""
                services:
                  web:
                    image: nginx
                    network_mode: "container:abc"
                    volumes_from: ["container:other:ro"]
                    volumes:
                      - {type: bind, source: /src, target: /src}
                      - {type: volume, target: /anonymous}
                      - {type: tmpfs, target: /tmp}
                    container_name: single
                    deploy: {replicas: 1}
                """))).doesNotThrowAnyException();
    }

    @Test
    void reportsServicesInDocumentOrder() {
        assertThatThrownBy(() -> SemanticValidator.validate(read("""
                services:
                  a: {image: x, networks: {nowhere: null}}
                  b: {}
                """))).hasMessage(
                "compose.yaml:2:28: service \"a\" refers to undefined network \"nowhere\": invalid compose project");
    }

    @Test
    void readsScaleAsReplicas() {
        assertThatThrownBy(() -> SemanticValidator.validate(read("""
                services:
                  a: {image: x, container_name: one, scale: "2"}
                """))).hasMessageContaining("runs 2 replicas");
    }
}
