package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.DownExecutor;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.ProgressEvent;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor against fake engine APIs: order by levels, dependency conditions, rollback, and down. */
class UpExecutorTest {

    private static final String STACK = """
            name: demo
            services:
              web:
                image: e2e/bb:1
                depends_on:
                  db: {condition: service_healthy}
              db:
                image: e2e/db:1
                healthcheck: {test: ["CMD", "true"]}
              cache:
                image: e2e/bb:1
            """;

    @TempDir
    Path dir;

    private final FakeContainers containers = new FakeContainers();
    private final FakeNetworks networks = new FakeNetworks(containers.calls);
    private final FakeImages images = new FakeImages(containers.calls);
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private Desired up(String yaml) throws Exception {
        Desired desired = Projects.load(dir, yaml);
        up(desired);
        return desired;
    }

    private void up(Desired desired) throws Exception {
        EngineApis engine = new EngineApis(containers, networks, images, new FakeVolumes(containers.calls));
        UpOptions options = new UpOptions(false, false, false, OptionalInt.empty(), Duration.ofSeconds(2));
        var plan = Planner.plan(desired, Observed.of(desired.name(), containers, networks), options);
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), this::line, options,
                Duration.ofMillis(5)).run(plan);
    }

    private void line(ProgressEvent e) {
        if (e.state() != ProgressEvent.State.WORKING) {
            lines.add(e.line());
        }
    }

    @Test
    void pullsMissingImagesMakesTheNetworkThenStartsLevelByLevel() throws Exception {
        images.present.add("e2e/bb:1");
        containers.health.put("demo-db-1", List.of("starting", "starting", "healthy"));
        up(STACK);
        List<String> calls = List.copyOf(containers.calls);
        assertThat(calls.subList(0, 2)).containsExactly("pull e2e/db:1", "create network demo_default");
        assertThat(calls.subList(2, 6)).containsExactlyInAnyOrder("create demo-cache-1", "start demo-cache-1",
                "create demo-db-1", "start demo-db-1");
        assertThat(calls.subList(6, 8)).containsExactly("create demo-web-1", "start demo-web-1");
        assertThat(lines).contains(" \u2714 Network demo_default  Created", " \u2714 Image e2e/db:1  Pulled",
                " \u2714 Container demo-db-1  Healthy", " \u2714 Container demo-web-1  Started");
        assertThat(lines.indexOf(" \u2714 Container demo-db-1  Healthy"))
                .isLessThan(lines.indexOf(" \u2714 Container demo-web-1  Started"));
    }

    @Test
    void aSecondUpChangesNothing() throws Exception {
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.health.put("demo-db-1", List.of("healthy"));
        Desired desired = up(STACK);
        containers.calls.clear();
        lines.clear();
        up(desired);
        assertThat(containers.calls).isEmpty();
        assertThat(lines).containsExactlyInAnyOrder(" \u2714 Container demo-cache-1  Running",
                " \u2714 Container demo-db-1  Running", " \u2714 Container demo-db-1  Healthy",
                " \u2714 Container demo-web-1  Running");
    }

    @Test
    void anUnhealthyDependencyBlocksItsDependantsAndEverythingMadeIsRemoved() {
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.health.put("demo-db-1", List.of("starting", "unhealthy"));
        assertThatThrownBy(() -> up(STACK)).isInstanceOf(ComposeException.class)
                .hasMessage("dependency failed to start: container demo-db-1 is unhealthy");
        assertThat(containers.calls).doesNotContain("create demo-web-1")
                .endsWith("remove network demo_default")
                .contains("remove demo-db-1 -v", "remove demo-cache-1 -v")
                .containsSubsequence("create demo-cache-1", "remove demo-cache-1 -v");
        assertThat(containers.boxes).isEmpty();
        assertThat(networks.networks).isEmpty();
    }

    @Test
    void aFailingStartStopsThePlanAndRollsBack() {
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.failStart.put("demo-db-1", "driver failed programming external connectivity: port is taken");
        assertThatThrownBy(() -> up(STACK)).isInstanceOf(EngineApiException.class)
                .hasMessage("Error response from daemon: driver failed programming external connectivity: port "
                        + "is taken");
        assertThat(containers.calls).doesNotContain("create demo-web-1");
        assertThat(containers.boxes).isEmpty();
        assertThat(networks.networks).isEmpty();
        assertThat(lines).contains(" \u2718 Container demo-db-1  Error", " \u2714 Network demo_default  Removed");
    }

    @Test
    void aDependencyWithoutHealthcheckOrThatTimesOutIsNamed() {
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.health.put("demo-db-1", List.of("starting"));
        assertThatThrownBy(() -> up(STACK)).hasMessage("dependency failed to start: container demo-db-1 did not "
                + "become healthy within 2s");
        assertThatThrownBy(() -> up("""
                name: other
                services:
                  a: {image: e2e/bb:1, depends_on: {b: {condition: service_healthy}}}
                  b: {image: e2e/bb:1}
                """)).hasMessage("dependency failed to start: container other-b-1 has no healthcheck configured");
    }

    @Test
    void downStopsDependantsFirstThenRemovesTheNetwork() throws Exception {
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.health.put("demo-db-1", List.of("healthy"));
        Desired desired = up(STACK);
        containers.calls.clear();
        EngineApis engine = new EngineApis(containers, networks, images, new FakeVolumes(containers.calls));
        List<String> warnings = new DownExecutor(engine, this::line)
                .run(desired, Observed.of("demo", containers, networks), false, OptionalInt.of(1));
        assertThat(warnings).isEmpty();
        List<String> calls = List.copyOf(containers.calls);
        assertThat(calls.subList(0, 2)).containsExactly("stop demo-web-1", "remove demo-web-1");
        assertThat(calls.getLast()).isEqualTo("remove network demo_default");
        assertThat(containers.boxes).isEmpty();
    }

    @Test
    void aRecreatedDependencyRestartsItsRestartTrueDependantsAfterIt() throws Exception {
        images.present.add("e2e/bb:1");
        String yaml = """
                name: demo
                services:
                  db: {image: e2e/bb:1, environment: {LEVEL: "%s"}}
                  api:
                    image: e2e/bb:1
                    depends_on: {db: {condition: service_started, restart: true}}
                  other: {image: e2e/bb:1, depends_on: [db]}
                """;
        up(yaml.formatted("1"));
        containers.calls.clear();
        lines.clear();
        up(yaml.formatted("2"));
        assertThat(containers.calls).containsExactly("stop demo-db-1", "remove demo-db-1", "create demo-db-1",
                "start demo-db-1", "restart demo-api-1");
        assertThat(lines).contains(" \u2714 Container demo-db-1  Recreated", " \u2714 Container demo-api-1  Started",
                " \u2714 Container demo-other-1  Running");
    }
}
