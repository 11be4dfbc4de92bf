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
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Volumes in compose: planned before containers, made with compose's labels, mounted by name, removed by -v. */
class ComposeVolumesTest {

    private static final String YAML = """
            name: demo
            services:
              app:
                image: e2e/bb:1
                volumes:
                  - data:/data
                  - logs:/logs:ro
                  - /cache
                  - type: volume
                    source: data
                    target: /seed
                    volume: {nocopy: true, subpath: sub}
                  - {type: volume, source: shared, target: /shared}
            volumes:
              data:
                labels: {tier: db}
              logs:
                name: fixed-logs
                driver_opts: {type: tmpfs, device: tmpfs}
              shared:
                external: true
            """;

    private static final UpOptions OPTIONS = new UpOptions(false, false, false, OptionalInt.empty(),
            Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private final FakeContainers containers = new FakeContainers();
    private final FakeNetworks networks = new FakeNetworks(containers.calls);
    private final FakeImages images = new FakeImages(containers.calls);
    private final FakeVolumes volumes = new FakeVolumes(containers.calls);
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final EngineApis engine = new EngineApis(containers, networks, images, volumes);

    private Plan plan(Desired desired) throws Exception {
        return Planner.plan(desired, Observed.of(desired, containers, networks, volumes), OPTIONS);
    }

    private void line(ProgressEvent e) {
        if (e.state() != ProgressEvent.State.WORKING) {
            lines.add(e.line());
        }
    }

    @Test
    void missingVolumesAreCreatedFirstAndExternalOnesOnlyChecked() throws Exception {
        volumes.add("shared", Map.of());
        Desired desired = Projects.load(dir, YAML);
        assertThat(plan(desired).lines()).containsExactly("create network demo_default: not created yet",
                "create volume demo_data: not created yet", "create volume fixed-logs: not created yet",
                "create app-1: not created yet");
        assertThat(plan(desired).warnings()).isEmpty();
    }

    @Test
    void aMissingExternalVolumeFailsAsDockerComposeDoes() {
        Desired desired = Projects.load(dir, YAML);
        assertThatThrownBy(() -> plan(desired)).isInstanceOf(ComposeException.class)
                .hasMessage("external volume \"shared\" not found");
    }

    @Test
    void anExistingVolumeNotMadeForTheProjectIsUsedWithDockerComposesWarning() throws Exception {
        volumes.add("shared", Map.of());
        volumes.add("demo_data", Map.of("x", "y"));
        volumes.add("fixed-logs", Map.of("com.docker.compose.project", "other"));
        Plan plan = plan(Projects.load(dir, YAML));
        assertThat(plan.lines()).doesNotContain("create volume demo_data: not created yet");
        assertThat(plan.warnings()).containsExactly(
                "volume \"demo_data\" already exists but was not created by Docker Compose. Use `external: true` to "
                        + "use an existing volume",
                "volume \"fixed-logs\" already exists but was created for project \"other\" (expected \"demo\"). Use "
                        + "`external: true` to use an existing volume");
    }

    @Test
    void namedVolumesAreBindsByEngineNameAdvancedOnesAndAnonymousOnesAreMounts() throws Exception {
        Desired desired = Projects.load(dir, YAML);
        ContainerCreateJson body = new ContainerBodies(desired, "0.1.0").body("app", 1);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(body.hostConfig().binds()).containsExactly("demo_data:/data", "fixed-logs:/logs:ro",
                "shared:/shared");
        assertThat(json.writeValueAsString(body.hostConfig().mounts())).isEqualTo("[{\"Target\":\"/cache\","
                + "\"Type\":\"volume\"},{\"Target\":\"/seed\",\"Source\":\"demo_data\",\"Type\":\"volume\","
                + "\"VolumeOptions\":{\"NoCopy\":true,\"Subpath\":\"sub\"}}]");
    }

    @Test
    void upCreatesVolumesWithComposeLabelsAfterNetworksBeforeContainers() throws Exception {
        volumes.add("shared", Map.of());
        images.present.add("e2e/bb:1");
        Desired desired = Projects.load(dir, YAML);
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), this::line, OPTIONS,
                Duration.ofMillis(5)).run(plan(desired));
        assertThat(containers.calls).containsExactly("create network demo_default", "create volume demo_data",
                "create volume fixed-logs", "create demo-app-1", "start demo-app-1");
        assertThat(volumes.bodies.getFirst().labels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "com.docker.compose.project", "demo", "com.docker.compose.volume", "data",
                "com.docker.compose.version", "0.1.0", "tier", "db"));
        assertThat(volumes.bodies.get(1).driver()).isEqualTo("local");
        assertThat(volumes.bodies.get(1).driverOpts()).isEqualTo(Map.of("type", "tmpfs", "device", "tmpfs"));
        assertThat(lines).contains(" \u2714 Volume \"demo_data\"  Created");
    }

    @Test
    void downKeepsVolumesDownMinusVRemovesAnonymousAndNamedButNeverExternalOnes() throws Exception {
        volumes.add("shared", Map.of());
        images.present.add("e2e/bb:1");
        Desired desired = Projects.load(dir, YAML);
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), this::line, OPTIONS,
                Duration.ofMillis(5)).run(plan(desired));
        containers.calls.clear();
        new DownExecutor(engine, this::line).run(desired, Observed.of(desired, containers, networks, volumes),
                false, OptionalInt.of(1), false);
        assertThat(containers.calls).containsExactly("stop demo-app-1", "remove demo-app-1", "remove network demo_default");
        assertThat(volumes.volumes).containsOnlyKeys("shared", "demo_data", "fixed-logs");

        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), this::line, OPTIONS,
                Duration.ofMillis(5)).run(plan(desired));
        containers.calls.clear();
        List<String> warnings = new DownExecutor(engine, this::line).run(desired,
                Observed.of(desired, containers, networks, volumes), false, OptionalInt.of(1), true);
        assertThat(warnings).isEmpty();
        assertThat(containers.calls).containsExactly("stop demo-app-1", "remove demo-app-1 -v", "remove network demo_default",
                "remove volume demo_data -f", "remove volume fixed-logs -f");
        assertThat(volumes.volumes).containsOnlyKeys("shared");
    }
}
