package io.jcompose.runtime.container.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.stream.StreamType;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import io.jcompose.runtime.sys.Terminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exec lifecycle and docker's errors, against a fake runner and containers that are records only. */
class ExecsTest {

    @TempDir
    java.nio.file.Path state;

    private ContainerStore store;
    private final FakeExecRunner runner = new FakeExecRunner();
    private Execs execs;
    private ContainerRecord web;

    @BeforeEach
    void setUp() throws IOException {
        store = ContainerStore.open(state);
        execs = new Execs(store, runner, List.of("CAP_CHOWN", "CAP_KILL"));
        web = FakeContainers.add(store, "web", ContainerStatus.RUNNING);
    }

    @Test
    void aCreatedExecIsInspectableThenRunsOnceWithItsOutputAndExitCode() throws IOException {
        ExecId id = execs.create("web", ExecSpec.of(List.of("echo", "hi")));
        assertThat(id.hex()).matches("[0-9a-f]{64}");
        ExecInstance created = execs.inspect(id.hex());
        assertThat(created.running()).isFalse();
        assertThat(created.exitCode()).isEmpty();
        assertThat(created.pid()).isZero();
        assertThat(created.containerId()).isEqualTo(web.id());

        runner.behave(launch -> {
            FakeExecRunner.write(launch, StreamType.STDOUT, "out\n");
            FakeExecRunner.write(launch, StreamType.STDERR, "err\n");
            return ExecRunner.Exit.of(3);
        });
        List<String> seen = new ArrayList<>();
        ExecRunner.Exit exit = execs.start(id.hex()).run(null, (stream, bytes, off, len) ->
                seen.add(stream + ":" + new String(bytes, off, len, StandardCharsets.UTF_8)));
        assertThat(exit.exitCode()).isEqualTo(3);
        assertThat(seen).containsExactly("STDOUT:out\n", "STDERR:err\n");
        ExecInstance done = execs.inspect(id.hex());
        assertThat(done.running()).isFalse();
        assertThat(done.exitCode()).contains(3);
        assertThat(done.pid()).isPositive();
        assertThat(runner.launches().getFirst().containerId()).isEqualTo(web.id().hex());

        assertThatThrownBy(() -> execs.start(id.hex()))
                .isInstanceOfSatisfying(ContainerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ContainerException.Kind.CONFLICT))
                .hasMessage("exec command " + id + " has already run");
    }

    @Test
    void theProcessComesFromTheContainersConfigWithTheExecsUserEnvAndDir() throws IOException {
        ExecSpec spec = new ExecSpec(List.of("id"), List.of("FOO=bar"), "bob", "/tmp", false, false, false, true,
                true, "");
        execs.start(execs.create(web.id().hex(), spec).hex()).run(null, OutputSink.discard());
        ProcessJson p = runner.launches().getFirst().process();
        assertThat(p.user()).isEqualTo(new ProcessJson.User(1000, 1000, List.of(1000, 50)));
        assertThat(p.env()).contains("FOO=bar", "HOME=/home/bob", "PATH=/bin");
        assertThat(p.cwd()).isEqualTo("/tmp");
        assertThat(p.capabilities()).isEqualTo(FakeContainers.PROCESS.capabilities());
        assertThat(p.rlimits()).isEqualTo(FakeContainers.PROCESS.rlimits());
        assertThat(runner.launches().getFirst().timeout()).isEmpty();
    }

    @Test
    void onlyAttachedStreamsReachTheCallerAndStdinOnlyWhenAttached() throws IOException {
        List<InputStream> stdins = new ArrayList<>();
        runner.behave(launch -> {
            stdins.add(launch.stdin());
            FakeExecRunner.write(launch, StreamType.STDOUT, "out");
            FakeExecRunner.write(launch, StreamType.STDERR, "err");
            return ExecRunner.Exit.of(0);
        });
        InputStream input = new ByteArrayInputStream(new byte[] {1});
        ExecSpec errOnly = new ExecSpec(List.of("x"), List.of(), "", "", false, false, false, false, true, "");
        List<StreamType> seen = new ArrayList<>();
        execs.start(execs.create("web", errOnly).hex()).run(input, (s, b, o, l) -> seen.add(s));
        execs.start(execs.create("web", errOnly.withStdin(true)).hex()).run(input, (s, b, o, l) -> seen.add(s));
        assertThat(seen).containsExactly(StreamType.STDERR, StreamType.STDERR);
        assertThat(stdins).containsExactly(null, input);
    }

    @Test
    void aRunningExecCannotStartAgainAndShowsRunningWithoutExitCode() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner.behave(launch -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ExecRunner.Exit.of(0);
        });
        ExecId id = execs.create("web", ExecSpec.of(List.of("sleep", "1")));
        ExecStart start = execs.start(id.hex());
        CompletableFuture<ExecRunner.Exit> run = CompletableFuture.supplyAsync(() -> {
            try {
                return start.run(null, OutputSink.discard());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThatThrownBy(() -> execs.start(id.hex())).hasMessage("exec command " + id + " is already running");
        assertThat(execs.inspect(id.hex()).running()).isTrue();
        assertThat(execs.inspect(id.hex()).exitCode()).isEmpty();
        release.countDown();
        assertThat(run.get(5, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(execs.inspect(id.hex()).exitCode()).contains(0);
    }

    @Test
    void aDetachedExecRunsInTheBackground() throws Exception {
        ExecId id = execs.create("web", ExecSpec.of(List.of("true")));
        execs.startDetached(id.hex());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (execs.inspect(id.hex()).exitCode().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(execs.inspect(id.hex()).exitCode()).contains(0);
    }

    @Test
    void aTerminalGetsTheSizeAskedForBeforeItExistedAndEveryLaterOne() throws IOException {
        ExecId id = execs.create("web", new ExecSpec(List.of("sh"), List.of(), "", "", true, false, true, true, true,
                ""));
        execs.resize(id.hex(), 33, 101);
        List<String> sizes = new ArrayList<>();
        Terminal terminal = new Terminal() {
            @Override
            public int read(byte[] buffer) {
                return -1;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
            }

            @Override
            public void resize(int rows, int columns) {
                sizes.add(rows + "x" + columns);
            }

            @Override
            public void close() {
            }
        };
        runner.behave(launch -> {
            assertThat(launch.process().terminal()).isTrue();
            assertThat(launch.process().env()).contains("TERM=xterm");
            launch.onTerminal().accept(terminal);
            execs.resize(id.hex(), 40, 120);
            return ExecRunner.Exit.of(0);
        });
        execs.start(id.hex()).run(null, OutputSink.discard());
        execs.resize(id.hex(), 50, 50); // after the end: nothing to size
        assertThat(sizes).containsExactly("33x101", "40x120");
    }

    @Test
    void errorsReadLikeDockers() throws IOException {
        assertThatThrownBy(() -> execs.inspect("abc")).hasMessage("No such exec instance: abc")
                .isInstanceOfSatisfying(ContainerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ContainerException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> execs.start("abc")).hasMessage("No such exec instance: abc");
        assertThatThrownBy(() -> execs.resize("abc", 10, 10)).hasMessage("No such exec instance: abc");
        assertThatThrownBy(() -> execs.create("nosuch", ExecSpec.of(List.of("true"))))
                .hasMessage("No such container: nosuch");
        assertThatThrownBy(() -> ExecSpec.of(List.of())).hasMessage("No exec command specified");
        assertThatThrownBy(() -> execs.create("web", ExecSpec.of(List.of("id")).withUser("alice")))
                .hasMessage("unable to find user alice: no matching entries in passwd file")
                .isInstanceOfSatisfying(ContainerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ContainerException.Kind.INVALID));

        ContainerRecord stopped = FakeContainers.add(store, "stopped", ContainerStatus.EXITED);
        assertThatThrownBy(() -> execs.create("stopped", ExecSpec.of(List.of("true"))))
                .hasMessage("Container " + stopped.id() + " is not running")
                .isInstanceOfSatisfying(ContainerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ContainerException.Kind.CONFLICT));
        FakeContainers.add(store, "paused", ContainerStatus.PAUSED);
        assertThatThrownBy(() -> execs.create("paused", ExecSpec.of(List.of("true"))))
                .hasMessage("Container paused is paused, unpause the container before exec");
        ContainerRecord restarting = FakeContainers.add(store, "again", ContainerStatus.RESTARTING);
        assertThatThrownBy(() -> execs.create("again", ExecSpec.of(List.of("true"))))
                .hasMessage("Container " + restarting.id() + " is restarting, wait until the container is running");
    }

    @Test
    void anExecWhoseContainerStoppedCannotStartAndIsDroppedWhenTold() throws IOException {
        ExecId id = execs.create("web", ExecSpec.of(List.of("true")));
        FakeContainers.setStatus(store, web, ContainerStatus.EXITED);
        assertThatThrownBy(() -> execs.start(id.hex())).hasMessage("Container " + web.id() + " is not running");
        assertThat(execs.inspect(id.hex()).exitCode()).isEmpty();
        execs.containerStopped(web.id());
        assertThatThrownBy(() -> execs.inspect(id.hex())).hasMessage("No such exec instance: " + id);
    }

    @Test
    void anExecOfARemovedContainerIsNotFound() throws IOException {
        ExecId id = execs.create("web", ExecSpec.of(List.of("true")));
        store.remove(web.id());
        assertThatThrownBy(() -> execs.start(id.hex())).hasMessage("No such container: " + id);
    }

    @Test
    void aHealthProbeGetsBothStreamsCutAtTheLimitTheTimeoutAndTheContainersUser() throws IOException {
        runner.behave(launch -> {
            FakeExecRunner.write(launch, StreamType.STDOUT, "12345");
            FakeExecRunner.write(launch, StreamType.STDERR, "67890");
            return new ExecRunner.Exit(137, true, Optional.empty());
        });
        ExecResult result = execs.run(web.id(), List.of("check"), Duration.ofSeconds(3), 8);
        assertThat(result).isEqualTo(new ExecResult(137, "12345678", true));
        ExecRunner.Launch launch = runner.launches().getFirst();
        assertThat(launch.timeout()).contains(Duration.ofSeconds(3));
        assertThat(launch.process().user()).isEqualTo(FakeContainers.PROCESS.user());
        assertThat(launch.stdin()).isNull();

        runner.behave(l -> new ExecRunner.Exit(127, false, Optional.of("OCI runtime exec failed: no check")));
        assertThat(execs.run(web.id(), List.of("check"), Duration.ofSeconds(3), 4096))
                .isEqualTo(new ExecResult(127, "OCI runtime exec failed: no check\n", false));
        FakeContainers.setStatus(store, web, ContainerStatus.EXITED);
        assertThatThrownBy(() -> execs.run(web.id(), List.of("check"), Duration.ofSeconds(3), 4096))
                .hasMessage("Container " + web.id() + " is not running");
    }
}
