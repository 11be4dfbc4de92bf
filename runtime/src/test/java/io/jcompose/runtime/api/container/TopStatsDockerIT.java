package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.json.ContainerTopJson;
import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.container.stats.ContainerStats;
import io.jcompose.runtime.container.stats.ProcessTable;
import io.jcompose.runtime.container.stats.StatsSample;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineNames;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * top and stats of a real container (conmon, runc, cgroups): called directly, then through the API with the
 * real docker CLI ({@code docker top}, {@code docker stats --no-stream}) on the whole engine.
 */
class TopStatsDockerIT {


    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    @BeforeEach
    void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "containers need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox", "/usr/bin/ps")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        options = new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        docker = new DockerCli(options.socket(), Files.createDirectories(dir.resolve("docker-config")));
        docker.ok("import", "-c", "CMD [\"sh\"]", "-c", "ENV PATH=/bin", TestEngines.busyboxTar(dir).toString(),
                "bb:1");
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        TestEngines.stop(engine, docker, options);
    }

    @Test
    void topAndStatsOfARunningContainer() throws Exception {
        // busybox's sh execs the last command of -c, so "sleep 100 & sleep 100" alone would leave two sleeps
        String id = docker.ok("run", "-d", "--name", "pair", "-m", "64m", "bb:1", "sh", "-c",
                "sleep 100 & sleep 100; echo done").strip();
        Thread.sleep(500);

        ContainerTopJson top = ProcessTable.host(EngineNames.cgroupParent(options.state())).top(id, "");
        assertThat(top.titles()).containsExactly("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");
        assertThat(top.processes()).extracting(List::getLast).containsExactlyInAnyOrder(
                "sh -c sleep 100 & sleep 100; echo done", "sleep 100", "sleep 100");

        StatsSample sample = ContainerStats.host(EngineNames.cgroupParent(options.state())).sample(id);
        assertThat(sample.memory().usage()).isPositive();
        assertThat(sample.memory().limit()).isEqualTo(64L << 20);
        assertThat(sample.pids().current()).isEqualTo(3);
        assertThat(sample.cpu().cpuUsage().totalUsage()).isPositive();
        assertThat(sample.cpu().systemCpuUsage()).isPositive();

        String dockerTop = docker.ok("top", "pair");
        System.out.println("docker top pair:\n" + dockerTop);
        System.out.println("docker stats --no-stream pair:\n" + docker.ok("stats", "--no-stream", "pair"));
        assertThat(dockerTop.lines().toList()).hasSize(4);
        assertThat(dockerTop.lines().findFirst().orElseThrow()).contains("UID").contains("PID").contains("CMD");
        assertThat(dockerTop).contains("sleep 100");
        assertThat(docker.ok("top", "pair", "-o", "pid,comm").lines().skip(1).map(l -> l.strip().split("\\s+")[1])
                .toList()).containsExactlyInAnyOrder("sh", "sleep", "sleep");

        String stats = docker.ok("stats", "--no-stream", "--format", "{{.Name}}|{{.MemUsage}}|{{.PIDs}}|{{.CPUPerc}}",
                "pair").strip();
        String[] f = stats.split("\\|");
        assertThat(f[0]).isEqualTo("pair");
        assertThat(f[1]).endsWith("/ 64MiB").doesNotStartWith("0B");
        assertThat(f[2]).isEqualTo("3");
        assertThat(f[3]).endsWith("%");

        docker.ok("stop", "-t", "0", "pair");
        DockerCli.Result stopped = docker.run("top", "pair");
        assertThat(stopped.exit()).isNotZero();
        assertThat(stopped.output()).contains("Container " + id + " is not running");
        assertThat(docker.ok("stats", "--no-stream", "--format", "{{.Name}} {{.PIDs}}", "pair").strip())
                .isEqualTo("pair 0");
    }
}
