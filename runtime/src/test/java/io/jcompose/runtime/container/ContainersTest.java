package io.jcompose.runtime.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.container.monitor.ExitWatcher;
import io.jcompose.runtime.container.monitor.FakeOciRuntime;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.sys.FakeNative;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container service's lifecycle rules against a fake runtime and fake mounts: no root needed. */
class ContainersTest {

    @TempDir
    Path state;

    private final FakeNative sys = new FakeNative();
    private FakeOciRuntime runtime;
    private ImageStore images;
    private Containers containers;
    private ExitWatcher watcher;

    @BeforeEach
    void setUp() throws IOException {
        images = ImageStore.open(state.resolve("images"));
        TestImages.busybox(images, "busybox:test");
        runtime = new FakeOciRuntime(state.resolve("exits"));
        containers = open();
    }

    private Containers open() throws IOException {
        Snapshots snapshots = new Snapshots(state, new LayerExtractor(sys));
        Containers service = new Containers(ContainerStore.open(state), images,
                new ImageUnpacker(images.blobs(), snapshots), new OverlayRootfs(sys, state.resolve("empty")), runtime,
                new CommandOnlyBundles(), new EngineFiles(state.resolve("no-resolv.conf")), Clock.systemUTC());
        watcher = ExitWatcher.watch(runtime.exitFile("x").getParent(), service::exited);
        return service;
    }

    @AfterEach
    void tearDown() throws IOException {
        watcher.close();
        containers.close();
    }

    private ContainerRecord create(String name, HostConfigJson host, String... cmd) throws IOException {
        return containers.create(Optional.of(name),
                new ContainerCreateJson(ContainerConfigJson.of("busybox:test", List.of(cmd)), host, null));
    }

    @Test
    void aCreatedContainerIsNamedAndKeptWithItsCommand() throws IOException {
        ContainerRecord r = create("web", null, "sleep", "60");
        assertThat(r.state().status()).isEqualTo(ContainerStatus.CREATED);
        assertThat(r.path()).isEqualTo("sleep");
        assertThat(r.args()).containsExactly("60");
        assertThat(containers.store().find("web").id()).isEqualTo(r.id());
        assertThat(containers.store().find(r.id().hex().substring(0, 5)).id()).isEqualTo(r.id());
        assertThat(ContainerStore.open(state).find("/web").id()).isEqualTo(r.id());
    }

    @Test
    void aNameInUseOrInvalidIsRefusedWithDockersMessage() throws IOException {
        ContainerRecord r = create("web", null, "true");
        assertThatThrownBy(() -> create("web", null, "true"))
                .hasMessage("Conflict. The container name \"/web\" is already in use by container \"" + r.id()
                        + "\". You have to remove (or rename) that container to be able to reuse that name.");
        assertThatThrownBy(() -> create("bad name", null, "true"))
                .hasMessage("Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        assertThatThrownBy(() -> containers.create(Optional.empty(), new ContainerCreateJson(
                ContainerConfigJson.of("nosuch:1", List.of("true")), null, null)))
                .hasMessage("No such image: nosuch:1");
    }

    @Test
    void startMountsTheRootAndAnExitIsRecordedWithItsCode() throws Exception {
        ContainerRecord r = create("job", null, "sh", "-c", "exit 3");
        assertThat(containers.wait("job", "not-running")).isCompletedWithValue(0);
        var exit = containers.wait("job", "next-exit");
        assertThat(containers.start("job")).isTrue();
        assertThat(containers.start("job")).isFalse();
        ContainerLayout layout = containers.store().layout(r.id());
        assertThat(sys.mounts()).containsKey(layout.rootfs());
        assertThat(sys.mounts().get(layout.rootfs())).contains("upperdir=" + layout.upper());
        assertThat(containers.store().get(r.id()).state().status()).isEqualTo(ContainerStatus.RUNNING);
        assertThat(Files.readString(layout.hostname())).isEqualTo(r.id().shortId() + "\n");

        runtime.exit(r.id().hex(), 3);
        assertThat(exit.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        ContainerState after = containers.store().get(r.id()).state();
        assertThat(after.status()).isEqualTo(ContainerStatus.EXITED);
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.finishedAt()).isPresent();
        assertThat(containers.wait("job", "not-running").get(1, TimeUnit.SECONDS)).isEqualTo(3);
        containers.rename("job", "job2"); // takes the container's lock: the cleanup after the exit is done
        assertThat(sys.mounts()).isEmpty();
    }

    @Test
    void stopSendsTheStopSignalThenKillsAfterTheGracePeriod() throws IOException {
        ContainerRecord r = create("stubborn", null, "sleep", "60");
        containers.start("stubborn");
        runtime.ignore(r.id().hex(), 15);
        long t0 = System.nanoTime();
        assertThat(containers.stop("stubborn", Optional.of(Duration.ofSeconds(1)), Optional.empty())).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(runtime.calls()).contains("kill " + r.id() + " 15", "kill " + r.id() + " 9");
        assertThat(containers.store().get(r.id()).state().exitCode()).isEqualTo(137);
        assertThat(containers.stop("stubborn", Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    void aRunningContainerIsRemovedOnlyWhenForced() throws IOException {
        ContainerRecord r = create("db", null, "sleep", "60");
        containers.start("db");
        assertThatThrownBy(() -> containers.remove("db", false)).hasMessage("cannot remove container \"/db\": "
                + "container is running: stop the container before removing or force remove");
        containers.remove("db", true);
        assertThat(containers.store().lookup("db")).isEmpty();
        assertThat(containers.store().layout(r.id()).dir()).doesNotExist();
        assertThat(sys.mounts()).isEmpty();
        assertThat(runtime.status(r.id().hex())).isEmpty();
    }

    @Test
    void onFailureRestartsUpToItsLimit() throws Exception {
        HostConfigJson host = withRestart("on-failure", 2);
        ContainerRecord r = create("flaky", host, "false");
        containers.start("flaky");
        for (int i = 0; i < 3; i++) {
            var exit = containers.wait("flaky", "next-exit");
            runtime.exit(r.id().hex(), 1);
            exit.get(5, TimeUnit.SECONDS);
            if (i < 2) {
                awaitStatus(r.id(), ContainerStatus.RUNNING);
            }
        }
        Thread.sleep(500);
        ContainerState s = containers.store().get(r.id()).state();
        assertThat(s.status()).isEqualTo(ContainerStatus.EXITED);
        assertThat(s.restartCount()).isEqualTo(2);
    }

    @Test
    void aFailedStartRecordsDockersExitCodeAndLeavesNothingMounted() throws IOException {
        ContainerRecord r = create("broken", null, "nope");
        runtime.failNextCreate("exec: \"nope\": executable file not found in $PATH");
        assertThatThrownBy(() -> containers.start("broken")).isInstanceOf(ContainerException.class)
                .hasMessageContaining("executable file not found");
        ContainerState s = containers.store().get(r.id()).state();
        assertThat(s.exitCode()).isEqualTo(127);
        assertThat(s.error()).contains("executable file not found");
        assertThat(sys.mounts()).isEmpty();
    }

    @Test
    void aRestartedEngineCollectsExitsThatHappenedWhileItWasDown() throws Exception {
        ContainerRecord done = create("done", null, "true");
        ContainerRecord vanished = create("vanished", null, "sleep", "60");
        ContainerRecord alive = create("alive", null, "sleep", "60");
        for (String name : List.of("done", "vanished", "alive")) {
            containers.start(name);
        }
        watcher.close();
        containers.close();
        runtime.exit(done.id().hex(), 0);
        runtime.delete(vanished.id().hex(), true);

        containers = open();
        containers.adopt();
        assertThat(containers.store().get(done.id()).state().status()).isEqualTo(ContainerStatus.EXITED);
        ContainerState v = containers.store().get(vanished.id()).state();
        assertThat(v.status()).isEqualTo(ContainerStatus.EXITED);
        assertThat(v.exitCode()).isEqualTo(255);
        assertThat(containers.store().get(alive.id()).state().status()).isEqualTo(ContainerStatus.RUNNING);
    }

    @Test
    void pauseAndUnpauseFollowDockersRules() throws IOException {
        create("pp", null, "sleep", "60");
        assertThatThrownBy(() -> containers.pause("pp")).hasMessageEndingWith("is not running");
        containers.start("pp");
        containers.pause("pp");
        assertThat(containers.store().find("pp").state().status()).isEqualTo(ContainerStatus.PAUSED);
        assertThatThrownBy(() -> containers.start("pp"))
                .hasMessage("cannot start a paused container, try unpause instead");
        containers.unpause("pp");
        assertThat(containers.store().find("pp").state().status()).isEqualTo(ContainerStatus.RUNNING);
    }

    private void awaitStatus(ContainerId id, ContainerStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (containers.store().get(id).state().status() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("container never became " + status + ": "
                        + containers.store().get(id).state());
            }
            Thread.sleep(10);
        }
    }

    private static HostConfigJson withRestart(String name, int max) {
        HostConfigJson e = HostConfigJson.empty();
        return new HostConfigJson(e.binds(), e.logConfig(), e.networkMode(), e.portBindings(),
                new HostConfigJson.RestartPolicyJson(name, max), e.autoRemove(), e.volumesFrom(), e.mounts(),
                e.capAdd(), e.capDrop(), e.cgroupnsMode(), e.dns(), e.dnsOptions(), e.dnsSearch(), e.extraHosts(),
                e.groupAdd(), e.ipcMode(), e.links(), e.oomScoreAdj(), e.pidMode(), e.privileged(),
                e.publishAllPorts(), e.readonlyRootfs(), e.securityOpt(), e.tmpfs(), e.utsMode(), e.shmSize(),
                e.sysctls(), e.runtime(), e.cpuShares(), e.memory(), e.cgroupParent(), e.cpuPeriod(), e.cpuQuota(),
                e.cpusetCpus(), e.cpusetMems(), e.devices(), e.memoryReservation(), e.memorySwap(),
                e.memorySwappiness(), e.nanoCpus(), e.oomKillDisable(), e.init(), e.pidsLimit(), e.ulimits());
    }

    /** Takes the command from Cmd alone and writes an empty config: enough for the fake runtime. */
    private static final class CommandOnlyBundles implements BundleWriter {
        @Override
        public List<String> command(ContainerRecord record, StoredImage image) {
            List<String> cmd = new ArrayList<>(record.config().cmd());
            if (cmd.isEmpty()) {
                throw new ContainerException(ContainerException.Kind.INVALID, "no command specified");
            }
            return cmd;
        }

        @Override
        public void write(ContainerRecord record, StoredImage image, ContainerLayout layout,
                java.util.Optional<java.nio.file.Path> netns) throws IOException {
            Files.createDirectories(layout.bundle());
            Files.writeString(layout.bundle().resolve("config.json"), "{}");
        }
    }
}
