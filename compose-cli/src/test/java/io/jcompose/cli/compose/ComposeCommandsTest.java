package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.Scale;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exec's and cp's container lookup, create's plan without start, run's dependencies, pull and push, --scale. */
class ComposeCommandsTest {

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
              built:
                build: .
              both:
                build: .
                image: me/both:2
            """;

    @TempDir
    Path dir;

    private final FakeContainers containers = new FakeContainers();
    private final FakeNetworks networks = new FakeNetworks(containers.calls);
    private final FakeImages images = new FakeImages(containers.calls);
    private final EngineApis engine = new EngineApis(containers, networks, images, new FakeVolumes(containers.calls));

    private Map<String, String> labels(String service, int number, boolean oneOff) {
        return Map.of("com.docker.compose.project", "demo", "com.docker.compose.service", service,
                "com.docker.compose.container-number", Integer.toString(number), "com.docker.compose.oneoff",
                oneOff ? "True" : "False");
    }

    @Test
    void execFindsTheRunningReplicaByIndexWithDockerComposesErrors() throws Exception {
        Desired desired = Projects.load(dir, STACK);
        assertThatThrownBy(() -> ServiceContainers.running(desired, containers, "nope", 1))
                .isInstanceOf(ComposeException.class).hasMessage("no such service: nope");
        assertThatThrownBy(() -> ServiceContainers.running(desired, containers, "web", 1))
                .hasMessage("service \"web\" is not running");
        containers.add("demo-web-run-abc", labels("web", 1, true), "running");
        containers.add("demo-web-1", labels("web", 1, false), "exited");
        assertThatThrownBy(() -> ServiceContainers.running(desired, containers, "web", 1))
                .hasMessage("service \"web\" is not running");
        containers.add("demo-web-2", labels("web", 2, false), "running");
        assertThat(ServiceContainers.running(desired, containers, "web", 2).name()).isEqualTo("demo-web-2");
        assertThatThrownBy(() -> ServiceContainers.running(desired, containers, "web", 1))
                .hasMessage("service \"web\" is not running container #1");
        assertThat(ServiceContainers.any(desired, containers, "web", 1).name()).isEqualTo("demo-web-1");
        assertThatThrownBy(() -> ServiceContainers.any(desired, containers, "cache", 1))
                .hasMessage("no container found for service \"cache\"");
    }

    @Test
    void createMakesNetworksAndContainersWithoutStartingOrWaiting() throws Exception {
        Desired desired = Projects.load(dir, STACK.replace("  built:\n    build: .\n  both:\n    build: .\n"
                + "    image: me/both:2\n", ""));
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        UpOptions options = UpOptions.DEFAULTS;
        Plan plan = Planner.plan(desired, Observed.of(desired.name(), containers, networks), options);
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), e -> { }, options,
                Duration.ofMillis(5)).withoutStart().run(plan);
        assertThat(containers.calls).contains("create network demo_default", "create demo-db-1", "create demo-web-1",
                "create demo-cache-1").noneMatch(c -> c.startsWith("start "));
        assertThat(containers.boxes.values()).allMatch(b -> b.state.equals("created"));
    }

    @Test
    void runBringsUpOnlyTheDependenciesAndLeavesOtherServicesAlone() throws Exception {
        Desired desired = Projects.load(dir, STACK.replace("  built:\n    build: .\n  both:\n    build: .\n"
                + "    image: me/both:2\n", ""));
        images.present.addAll(List.of("e2e/bb:1", "e2e/db:1"));
        containers.health.put("demo-db-1", List.of("healthy"));
        containers.add("demo-gone-1", labels("gone", 1, false), "running");
        Set<String> deps = Set.copyOf(desired.graph().transitiveDependenciesOf("web"));
        Plan plan = Planner.plan(desired, Observed.of(desired.name(), containers, networks), UpOptions.DEFAULTS)
                .only(deps);
        assertThat(plan.lines()).containsExactly("create network demo_default: not created yet",
                "create db-1: not created yet");
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), e -> { }, UpOptions.DEFAULTS,
                Duration.ofMillis(5)).onlyServices(deps).run(plan);
        assertThat(containers.calls).containsExactly("create network demo_default", "create demo-db-1",
                "start demo-db-1");
        assertThat(plan.warnings()).singleElement().asString().startsWith("Found orphan containers");
    }

    @Test
    void pullSkipsWhatDockerComposeSkipsAndPullsAnImageOnce() throws Exception {
        Desired desired = Projects.load(dir, STACK);
        images.present.add("e2e/db:1");
        images.failing.add("me/both:2");
        List<String> lines = new ArrayList<>();
        List<String> warnings = new ServiceImages(images, lines::add).pull(PullCommand.selected(desired,
                List.of(), false), ServiceImages.Policy.missing, false);
        assertThat(lines).containsExactly(" ! both Warning pull access denied for me/both", " \u2714 built Skipped - "
                + "No image to be pulled", " \u2714 cache Pulled", " \u2714 db Skipped - Image is already present "
                + "locally", " \u2714 web Skipped - Image is already being pulled by cache");
        assertThat(containers.calls).containsExactly("pull me/both:2", "pull e2e/bb:1");
        assertThat(warnings).containsExactly("WARNING: Some service image(s) must be built from source by running:"
                + "\n    docker compose build both");
    }

    @Test
    void aFailedPullOfAnImageOnlyServiceFailsTheCommandUnlessIgnored() throws Exception {
        Desired desired = Projects.load(dir, STACK);
        images.failing.add("e2e/bb:1");
        List<String> lines = new ArrayList<>();
        ServiceImages pulls = new ServiceImages(images, lines::add);
        List<io.jcompose.model.project.Service> web = PullCommand.selected(desired, List.of("web"), false);
        assertThatThrownBy(() -> pulls.pull(web, null, false)).isInstanceOf(ComposeException.class)
                .hasMessage("pulling the image of service \"web\" (e2e/bb:1) failed: pull access denied for e2e/bb");
        assertThat(pulls.pull(web, null, true)).isEmpty();
        assertThat(PullCommand.selected(desired, List.of("web"), true)).extracting(s -> s.name())
                .containsExactly("db", "web");
        assertThatThrownBy(() -> PullCommand.selected(desired, List.of("nope"), false))
                .hasMessage("no such service: nope");
    }

    @Test
    void pushTakesOnlyServicesWithBuildAndImage() throws Exception {
        Desired desired = Projects.load(dir, STACK);
        List<String> lines = new ArrayList<>();
        new ServiceImages(images, lines::add).push(PullCommand.selected(desired, List.of(), false), false);
        assertThat(containers.calls).containsExactly("push me/both:2");
        assertThat(lines).containsExactly(" \u2714 both Pushed");
        images.failing.add("me/both:2");
        assertThat(new ServiceImages(images, lines::add).push(List.of(desired.project().service("both")), true))
                .containsExactly("failed to push me/both:2: push of me/both:2 failed");
    }

    @Test
    void scaleReplacesReplicaCounts() {
        Desired desired = Projects.load(dir, STACK);
        Desired scaled = Scale.apply(desired, Scale.parse(desired, List.of("web=3")));
        assertThat(scaled.project().service("web").replicas()).isEqualTo(3);
        assertThat(scaled.hashes()).isEqualTo(desired.hashes());
        assertThatThrownBy(() -> Scale.parse(desired, List.of("web=x"))).hasMessage("invalid --scale \"web=x\": "
                + "expected SERVICE=NUM (NUM >= 0)");
        assertThatThrownBy(() -> Scale.parse(desired, List.of("nope=1"))).hasMessage("no such service: nope");
    }

    @Test
    void execAsksForATtyOnlyWhenStdinIsATerminalAndNotMinusT() {
        assertThat(ExecCommand.refusal(EngineApiException.response(409, "Container x is paused, unpause the "
                + "container before exec")).getMessage()).isEqualTo("Container x is paused, unpause the container "
                + "before exec");
        assertThat(ExecCommand.wantsTty(false, true)).isTrue();
        assertThat(ExecCommand.wantsTty(false, false)).isFalse();
        assertThat(ExecCommand.wantsTty(true, true)).isFalse();
    }
}
