package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up SERVICE...}, {@code --no-deps}, {@code --scale}, attach sets, and the plans they give. */
class ServiceSelectionTest {

    @TempDir
    Path dir;

    private Desired desired() {
        return Projects.load(dir, """
                name: demo
                services:
                  web:
                    image: e2e/bb:1
                    depends_on: [api]
                  api:
                    image: e2e/bb:1
                    depends_on: [db]
                  db:
                    image: e2e/bb:1
                  other:
                    image: e2e/bb:1
                """);
    }

    private static UpOptions options(Set<String> scope, Set<String> targets, Map<String, Integer> scale,
            boolean alwaysRecreateDeps) {
        return new UpOptions(false, false, false, OptionalInt.empty(), Duration.ofMinutes(2), scope, targets, scale,
                false, alwaysRecreateDeps, "", false);
    }

    @Test
    void scopes() {
        Desired d = desired();
        assertThat(ServiceSelection.scope(d, List.of(), false)).containsExactlyInAnyOrder("web", "api", "db",
                "other");
        assertThat(ServiceSelection.scope(d, List.of("web"), false)).containsExactlyInAnyOrder("web", "api", "db");
        assertThat(ServiceSelection.scope(d, List.of("web"), true)).containsExactly("web");
        assertThatThrownBy(() -> ServiceSelection.check(d, List.of("nope"))).isInstanceOf(ComposeException.class)
                .hasMessage("no such service: nope");
    }

    @Test
    void attachSets() {
        Set<String> all = Set.of("web", "api", "db", "other");
        assertThat(ServiceSelection.attached(List.of(), all, List.of(), List.of("db"), false))
                .containsExactlyInAnyOrder("web", "api", "other");
        Set<String> scope = Set.of("web", "api", "db");
        assertThat(ServiceSelection.attached(List.of("web"), scope, List.of(), List.of(), false))
                .containsExactly("web");
        assertThat(ServiceSelection.attached(List.of("web"), scope, List.of(), List.of(), true))
                .containsExactlyInAnyOrder("web", "api", "db");
        assertThat(ServiceSelection.attached(List.of(), all, List.of("api"), List.of(), false)).containsExactly("api");
    }

    @Test
    void plansOnlyTheScopeWithScaleOverrides() {
        Desired d = desired();
        var lines = Planner.plan(d, Observed.NOTHING, options(Set.of("web", "api", "db"), Set.of("web"),
                Map.of("web", 2, "db", 0), false)).lines();
        assertThat(lines).containsExactly("create network demo_default: not created yet",
                "create api-1: not created yet", "create web-1: not created yet", "create web-2: not created yet");
    }

    @Test
    void alwaysRecreateDepsRecreatesTheDependenciesOnly() {
        Desired d = desired();
        var observed = new Observed(List.of(
                new io.jcompose.cli.compose.plan.ObservedContainer("i1", "demo-web-1", "web", 1,
                        d.hashes().get("web"), "running", false),
                new io.jcompose.cli.compose.plan.ObservedContainer("i2", "demo-api-1", "api", 1,
                        d.hashes().get("api"), "running", false)),
                List.of(new io.jcompose.cli.compose.plan.ObservedNetwork("n", "demo_default", "default")));
        var lines = Planner.plan(d, observed, options(Set.of("web", "api"), Set.of("web"), Map.of(), true)).lines();
        assertThat(lines).containsExactly("recreate api-1: --always-recreate-deps", "web-1 is up to date");
    }
}
