package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.model.error.ComposeException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** start, stop, restart, kill, pause, unpause, rm and wait against the fake engine: order, selection, messages. */
class ComposeLifecycleTest {

    static final String STACK = """
            name: demo
            services:
              db:
                image: e2e/bb:1
              web:
                image: e2e/bb:1
                depends_on: [db]
              cache:
                image: e2e/bb:1
            """;

    @TempDir
    Path dir;

    final FakeContainers containers = new FakeContainers();
    final EngineApis engine = new EngineApis(containers, new FakeNetworks(containers.calls),
            new FakeImages(containers.calls), new FakeVolumes(containers.calls));
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Desired desired;

    @BeforeEach
    void stack() {
        desired = Projects.load(dir, STACK);
    }

    static Map<String, String> labels(String service, int number, boolean oneoff) {
        return Map.of(Labels.PROJECT, "demo", Labels.SERVICE, service, Labels.NUMBER, Integer.toString(number),
                Labels.ONEOFF, oneoff ? "True" : "False");
    }

    FakeContainers.Box add(String service, String state) {
        return containers.add("demo-" + service + "-1", labels(service, 1, false), state);
    }

    PrintWriter errWriter() {
        return new PrintWriter(err, true);
    }

    @Test
    void stopGoesDependantsFirstAndReportsEachContainer() throws Exception {
        add("db", "running");
        add("web", "running");
        add("cache", "running");
        containers.add("demo-web-run-1", labels("web", 1, true), "running");
        StopCommand stop = new StopCommand();
        stop.timeout = 1;
        assertThat(stop.run(desired, engine, errWriter())).isZero();
        assertThat(containers.calls).containsExactlyInAnyOrder("stop demo-web-1", "stop demo-db-1",
                "stop demo-cache-1");
        assertThat(containers.calls.indexOf("stop demo-web-1")).isLessThan(containers.calls.indexOf("stop demo-db-1"));
        assertThat(err.toString()).contains(" \u2714 Container demo-web-1  Stopped\n",
                " \u2714 Container demo-db-1  Stopped\n").doesNotContain("run");
    }

    @Test
    void startGoesDependenciesFirstAndLeavesRunningContainersAlone() throws Exception {
        add("db", "exited");
        add("web", "exited");
        add("cache", "running");
        assertThat(new StartCommand().run(desired, engine, errWriter())).isZero();
        assertThat(containers.calls).containsExactly("start demo-db-1", "start demo-web-1");
        assertThat(err.toString()).isEqualTo(" \u2714 Container demo-db-1  Started\n"
                + " \u2714 Container demo-web-1  Started\n");
    }

    @Test
    void aServiceWithoutContainersCannotBeStarted() {
        add("db", "exited");
        StartCommand start = new StartCommand();
        start.services = List.of("web");
        assertThatThrownBy(() -> start.run(desired, engine, errWriter())).isInstanceOf(ComposeException.class)
                .hasMessage("service \"web\" has no container to start");
    }

    @Test
    void anUnknownServiceIsRefusedAsDockerComposeRefusesIt() {
        StopCommand stop = new StopCommand();
        stop.services = List.of("web", "nope");
        assertThatThrownBy(() -> stop.run(desired, engine, errWriter())).isInstanceOf(ComposeException.class)
                .hasMessage("no such service: nope");
        assertThat(containers.calls).isEmpty();
    }

    @Test
    void restartTakesTheDependenciesAlongUnlessNoDeps() throws Exception {
        add("db", "running");
        add("web", "running");
        add("cache", "running");
        RestartCommand restart = new RestartCommand();
        restart.services = List.of("web");
        restart.run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactly("restart demo-db-1", "restart demo-web-1");
        assertThat(err.toString()).contains(" \u2714 Container demo-web-1  Started\n");

        containers.calls.clear();
        restart.noDeps = true;
        restart.run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactly("restart demo-web-1");
    }

    @Test
    void killSignalsRunningContainersAndWarnsAboutOrphans() throws Exception {
        add("db", "running");
        add("web", "exited");
        containers.add("demo-old-1", labels("old", 1, false), "running");
        KillCommand kill = new KillCommand();
        kill.signal = "SIGTERM";
        kill.run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactly("kill demo-db-1 SIGTERM");
        assertThat(err.toString()).contains("WARN[0000] Found orphan containers ([demo-old-1])",
                " \u2714 Container demo-db-1  Killed\n");

        containers.calls.clear();
        kill.removeOrphans = true;
        containers.boxes.values().forEach(b -> b.state = "running");
        kill.run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactlyInAnyOrder("kill demo-db-1 SIGTERM", "kill demo-web-1 SIGTERM",
                "kill demo-old-1 SIGTERM");
    }

    @Test
    void killWithNothingRunningSaysSo() throws Exception {
        add("db", "exited");
        KillCommand kill = new KillCommand();
        kill.signal = "SIGKILL";
        assertThat(kill.run(desired, engine, errWriter())).isZero();
        assertThat(err.toString()).isEqualTo("no container to kill\n");
    }

    @Test
    void pauseThenUnpause() throws Exception {
        add("db", "running");
        add("web", "exited");
        new PauseCommand().run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactly("pause demo-db-1");
        new UnpauseCommand().run(desired, engine, errWriter());
        assertThat(containers.calls).containsExactly("pause demo-db-1", "unpause demo-db-1");
        assertThat(err.toString()).isEqualTo(" \u2714 Container demo-db-1  Paused\n"
                + " \u2714 Container demo-db-1  Unpaused\n");
    }

    @Test
    void waitExitsWithTheCodeOfTheFirstContainerToStop() throws Exception {
        add("db", "running");
        add("web", "running");
        containers.exits.put("demo-db-1", 3L);
        WaitCommand wait = new WaitCommand();
        wait.services = List.of("db", "web");
        assertThat(wait.run(desired, engine, errWriter())).isEqualTo(3);
    }

    @Test
    void waitWithoutRunningContainersFails() {
        add("db", "exited");
        WaitCommand wait = new WaitCommand();
        wait.services = List.of("db");
        assertThatThrownBy(() -> wait.run(desired, engine, errWriter())).isInstanceOf(ComposeException.class)
                .hasMessage("no containers for project \"demo\"");
    }

    @Test
    void rmAsksAndTakesTheEndOfInputAsNo() throws Exception {
        add("db", "exited");
        add("web", "running");
        RmCommand rm = new RmCommand();
        rm.stdin = new ByteArrayInputStream(new byte[0]);
        assertThat(rm.run(desired, engine, new PrintWriter(out, true), errWriter())).isZero();
        assertThat(out.toString()).isEqualTo("Going to remove demo-db-1  Are you sure? [yN] \n");
        assertThat(containers.calls).isEmpty();
    }

    @Test
    void rmRemovesStoppedContainersOneOffsIncludedWhenTheAnswerIsYes() throws Exception {
        add("db", "exited");
        add("web", "running");
        containers.add("demo-web-run-0a1b", labels("web", 1, true), "exited");
        RmCommand rm = new RmCommand();
        rm.stdin = new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8));
        rm.volumes = true;
        rm.run(desired, engine, new PrintWriter(out, true), errWriter());
        assertThat(out.toString()).startsWith("Going to remove demo-db-1, demo-web-run-0a1b  Are you sure?");
        assertThat(containers.calls).containsExactlyInAnyOrder("remove demo-db-1 -v", "remove demo-web-run-0a1b -v");
        assertThat(err.toString()).contains(" \u2714 Container demo-db-1  Removed\n");
    }

    @Test
    void rmForcedAndStoppingFirstNeedsNoAnswer() throws Exception {
        add("db", "running");
        add("web", "running");
        RmCommand rm = new RmCommand();
        rm.force = true;
        rm.stop = true;
        rm.services = List.of("web");
        rm.run(desired, engine, new PrintWriter(out, true), errWriter());
        assertThat(out.toString()).isEqualTo("Going to remove demo-web-1\n");
        assertThat(containers.calls).containsExactly("stop demo-web-1", "remove demo-web-1");
        assertThat(err.toString()).isEqualTo(" \u2714 Container demo-web-1  Stopped\n"
                + " \u2714 Container demo-web-1  Removed\n");
    }

    @Test
    void rmWithNothingStoppedSaysSo() throws Exception {
        add("db", "running");
        RmCommand rm = new RmCommand();
        rm.run(desired, engine, new PrintWriter(out, true), errWriter());
        assertThat(err.toString()).isEqualTo("No stopped containers\n");
        assertThat(out.toString()).isEmpty();
    }
}
