package io.jcompose.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProfileFilterTest {

    private static final String MODEL = """
            services:
              web: {image: web, depends_on: [db]}
              db: {image: db}
              debug: {image: tools, profiles: [debug]}
              shell: {image: tools, profiles: [debug, ops]}
              migrate: {image: m, profiles: [jobs], depends_on: {db: {condition: service_started}}}
              seed: {image: s, profiles: [jobs]}
              metrics: {image: p, profiles: [monitoring]}
            networks:
              unused: {}
            volumes:
              unused: {}
            """;

    private static List<String> names(String list) {
        return list.isBlank() ? List.of() : Arrays.asList(list.trim().split(" "));
    }

    private static Set<String> kept(String profiles, String requested) {
        Node out = ProfileFilter.apply(YamlReader.read("compose.yaml", MODEL),
                new LinkedHashSet<>(names(profiles)), names(requested));
        return ((MapNode) ((MapNode) out).getOrNull("services")).keys();
    }

    @ParameterizedTest(name = "profiles [{0}] services [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''               | ''           | web db
            debug            | ''           | web db debug shell
            ops              | ''           | web db shell
            debug jobs       | ''           | web db debug shell migrate seed
            '*'              | ''           | web db debug shell migrate seed metrics
            unknown          | ''           | web db
            ''               | migrate      | web db migrate seed
            ''               | shell        | web db debug shell
            monitoring       | web          | web db metrics
            ''               | web db       | web db
            ops              | migrate      | web db shell migrate seed
            """)
    void activeServices(String profiles, String requested, String expected) {
        assertThat(kept(profiles, requested)).containsExactlyElementsOf(names(expected));
    }

    @Test
    void unknownRequestedServiceIsAnError() {
        assertThatThrownBy(() -> kept("", "web nope"))
                .isInstanceOf(ComposeException.class)
                .hasMessage("no such service: nope");
    }

    @Test
    void networksAndVolumesAreNotFiltered() {
        Node out = ProfileFilter.apply(YamlReader.read("compose.yaml", MODEL), Set.of(), List.of());
        assertThat(((MapNode) out).getOrNull("networks")).isNotNull();
        assertThat(((MapNode) out).getOrNull("volumes")).isNotNull();
    }

    @Test
    void optionalDependenciesOnDisabledServicesAreDroppedRequiredOnesKept() {
        Node model = YamlReader.read("compose.yaml", """
                services:
                  web:
                    image: web
                    depends_on:
                      cache: {condition: service_started, required: false}
                      db: {condition: service_healthy}
                      debug: {condition: service_started, required: false}
                  cache: {image: redis, profiles: [cache]}
                  db: {image: db, profiles: [db]}
                  debug: {image: tools}
                """);
        Node out = ProfileFilter.apply(model, Set.of(), List.of());
        assertThat(TreeJson.toJson(((MapNode) ((MapNode) out).getOrNull("services")).getOrNull("web")).toString())
                .isEqualTo("{\"image\":\"web\",\"depends_on\":{\"db\":{\"condition\":\"service_healthy\"},"
                        + "\"debug\":{\"condition\":\"service_started\",\"required\":false}}}");
    }

    @Test
    void aModelWithoutInactiveServicesIsReturnedAsItIs() {
        Node model = YamlReader.read("compose.yaml", "services: {web: {image: web}}\n");
        assertThat(ProfileFilter.apply(model, Set.of("x"), List.of("web"))).isSameAs(model);
    }

    @Test
    void requestingAServiceOfAModelWithoutServicesIsAnError() {
        Node model = YamlReader.read("compose.yaml", "name: empty\n");
        assertThatThrownBy(() -> ProfileFilter.apply(model, Set.of(), List.of("web")))
                .hasMessage("no such service: web");
        assertThat(ProfileFilter.apply(model, Set.of(), List.of())).isSameAs(model);
    }
}
