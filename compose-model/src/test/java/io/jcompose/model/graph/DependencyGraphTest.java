package io.jcompose.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.normalize.Normalizer;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.ProjectMapper;
import io.jcompose.model.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static DependencyGraph graph(String yaml) {
        Path dir = Path.of("/project");
        var model = Normalizer.normalize(YamlReader.read("compose.yaml", yaml), "proj", dir,
                new Environment(Map.of()));
        Project project = ProjectMapper.toProject(model, dir);
        return DependencyGraph.of(project);
    }

    @Test
    void levelsFollowDependencies() {
        DependencyGraph g = graph("""
                services:
                  web: {image: nginx, depends_on: [api, cache]}
                  api: {image: api, depends_on: {db: {condition: service_healthy}}}
                  db: {image: postgres}
                  cache: {image: redis}
                  worker: {image: w, depends_on: [db]}
                  lone: {image: busybox}
                """);
        assertThat(g.startLevels()).containsExactly(List.of("cache", "db", "lone"), List.of("api", "worker"),
                List.of("web"));
        assertThat(g.stopLevels()).containsExactly(List.of("web"), List.of("api", "worker"),
                List.of("cache", "db", "lone"));
        assertThat(g.dependenciesOf("web")).containsExactly("api", "cache");
        assertThat(g.dependentsOf("db")).containsExactly("api", "worker");
        assertThat(g.transitiveDependenciesOf("web")).containsExactly("api", "cache", "db");
        assertThat(g.dependenciesOf("unknown")).isEmpty();
    }

    @Test
    void implicitDependenciesCount() {
        DependencyGraph g = graph("""
                services:
                  app: {image: a, network_mode: "service:net", volumes_from: ["data:ro"], links: ["db:database"]}
                  net: {image: n}
                  data: {image: d}
                  db: {image: p}
                """);
        assertThat(g.dependenciesOf("app")).containsExactly("data", "db", "net");
        assertThat(g.startLevels()).containsExactly(List.of("data", "db", "net"), List.of("app"));
    }

    @Test
    void reportsACycleStartingAtTheFirstServiceByName() {
        assertThatThrownBy(() -> graph("""
                services:
                  c: {image: x, depends_on: [a]}
                  b: {image: x, depends_on: [c]}
                  a: {image: x, depends_on: [b]}
                  z: {image: x, depends_on: [a]}
                """)).isInstanceOf(ComposeException.class)
                .hasMessage("dependency cycle detected: a -> b -> c -> a");
    }

    @Test
    void reportsTheShortestCycleAndSelfDependencies() {
        assertThatThrownBy(() -> graph("""
                services:
                  m: {image: x, depends_on: [n, z]}
                  n: {image: x, depends_on: [m]}
                  z: {image: x, depends_on: [n]}
                """)).hasMessage("dependency cycle detected: m -> n -> m");
        assertThatThrownBy(() -> graph("""
                services:
                  solo: {image: x, depends_on: [solo]}
                """)).hasMessage("dependency cycle detected: solo -> solo");
    }

    @Test
    void undefinedDependencies() {
        assertThatThrownBy(() -> graph("""
                services:
                  web: {image: x, depends_on: [db]}
                """)).isInstanceOf(ComposeException.class)
                .hasMessage("service \"web\" depends on undefined service \"db\"");
        DependencyGraph g = graph("""
                services:
                  web: {image: x, depends_on: {db: {required: false}}}
                """);
        assertThat(g.startLevels()).containsExactly(List.of("web"));
    }

    @Test
    void randomAcyclicGraphsGiveValidLevels() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(12);
            StringBuilder yaml = new StringBuilder("services:\n");
            List<List<Integer>> deps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Integer> d = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(3) == 0) {
                        d.add(j);
                    }
                }
                deps.add(d);
                yaml.append("  s").append(i).append(": {image: x, depends_on: [");
                yaml.append(String.join(", ", d.stream().map(j -> "s" + j).toList())).append("]}\n");
            }
            DependencyGraph g = graph(yaml.toString());
            Set<String> started = new HashSet<>();
            int count = 0;
            for (List<String> level : g.startLevels()) {
                assertThat(level).isSorted();
                for (String s : level) {
                    int i = Integer.parseInt(s.substring(1));
                    for (int j : deps.get(i)) {
                        assertThat(started).contains("s" + j);
                    }
                }
                started.addAll(level);
                count += level.size();
            }
            assertThat(count).isEqualTo(n);
        }
    }
}
