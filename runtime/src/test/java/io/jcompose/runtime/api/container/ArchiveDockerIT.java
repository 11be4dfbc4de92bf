package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker cp} both ways with the real docker CLI against a whole engine (real conmon, runc, overlayfs): files
 * and directories into and out of running, created and exited containers, docker's message for a missing path,
 * and symlinks that cannot reach the host. Nothing is left mounted afterwards (a stopped container's root is
 * mounted only while a copy runs).
 */
class ArchiveDockerIT {

    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    @BeforeEach
    void start() throws Exception {
        TestEngines.assumeContainersWork();
        options = TestEngines.options(dir);
        engine = TestEngines.start(options);
        docker = TestEngines.dockerWithBusybox(options, dir);
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        TestEngines.stop(engine, docker, options);
    }

    @Test
    void aFileGoesInAndComesBackOutOfARunningContainer() throws Exception {
        docker.ok("run", "-d", "--name", "box", "bb:1", "sleep", "1000");
        Path host = Files.writeString(dir.resolve("host.txt"), "from the host\n");
        Files.setAttribute(host, "unix:mode", 0640);
        docker.ok("cp", host.toString(), "box:/tmp/");
        Path out = dir.resolve("out.txt");
        docker.ok("cp", "box:/tmp/host.txt", out.toString());
        assertThat(Files.readString(out)).isEqualTo("from the host\n");
        assertThat(Files.getAttribute(out, "unix:mode")).isEqualTo(0100640);
        docker.ok("cp", host.toString(), "box:/tmp/renamed.txt");
        assertThat(docker.ok("cp", "box:/tmp/renamed.txt", "-")).contains("from the host");
    }

    @Test
    void aDirectoryGoesBothWaysWithItsSymlinks() throws Exception {
        docker.ok("run", "-d", "--name", "box", "bb:1", "sleep", "1000");
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("deep.txt"), "deep");
        Files.writeString(dir.resolve("tree/top.txt"), "top");
        Files.createSymbolicLink(dir.resolve("tree/link"), Path.of("sub/deep.txt"));
        docker.ok("cp", dir.resolve("tree").toString(), "box:/tmp/");
        Path back = dir.resolve("back");
        docker.ok("cp", "box:/tmp/tree", back.toString());
        assertThat(Files.readString(back.resolve("sub/deep.txt"))).isEqualTo("deep");
        assertThat(Files.readString(back.resolve("top.txt"))).isEqualTo("top");
        assertThat(Files.readSymbolicLink(back.resolve("link"))).isEqualTo(Path.of("sub/deep.txt"));
    }

    @Test
    void createdAndExitedContainersAreMountedOnlyForTheCopy() throws Exception {
        docker.ok("run", "-d", "--name", "done", "bb:1", "sh", "-c", "echo made inside > /made.txt");
        assertThat(docker.ok("wait", "done").strip()).isEqualTo("0");
        Path made = dir.resolve("made.txt");
        docker.ok("cp", "done:/made.txt", made.toString());
        assertThat(Files.readString(made)).isEqualTo("made inside\n");

        docker.ok("create", "--name", "fresh", "bb:1", "cat", "/tmp/in.txt");
        docker.ok("cp", Files.writeString(dir.resolve("in.txt"), "copied before start\n").toString(), "fresh:/tmp/");
        assertThat(Files.readAllLines(Path.of("/proc/self/mounts")))
                .noneMatch(l -> l.contains(options.state().toString()));
        docker.ok("start", "fresh");
        assertThat(docker.ok("wait", "fresh").strip()).isEqualTo("0");
        assertThat(docker.ok("logs", "fresh")).isEqualTo("copied before start\n");
    }

    @Test
    void missingPathsGetDockersMessage() throws Exception {
        docker.ok("run", "-d", "--name", "box", "bb:1", "sleep", "1000");
        DockerCli.Result missing = docker.run("cp", "box:/nope.txt", dir.resolve("x").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.output()).contains("Could not find the file /nope.txt in container box");
        DockerCli.Result intoMissing = docker.run("cp", Files.writeString(dir.resolve("f"), "f").toString(),
                "box:/no/such/dir/");
        assertThat(intoMissing.exit()).isNotZero();
        assertThat(intoMissing.output()).contains("no such directory"); // the CLI's own check, after our 404 stat
        DockerCli.Result underMissing = docker.run("cp", dir.resolve("f").toString(), "box:/no/such/file.txt");
        assertThat(underMissing.exit()).isNotZero();
        assertThat(underMissing.output()).contains("Could not find the file /no/such in container box");
        DockerCli.Result ontoFile = docker.run("cp", dir.resolve("f").toString(), "box:/etc/passwd/x");
        assertThat(ontoFile.output()).contains("Error response from daemon: extraction point is not a directory");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void symlinksInTheContainerCannotReachTheHost() throws Exception {
        docker.ok("run", "-d", "--name", "box", "bb:1", "sleep", "1000");
        Files.createSymbolicLink(dir.resolve("evil"), Path.of("/../../../../../../etc/passwd"));
        docker.ok("cp", dir.resolve("evil").toString(), "box:/tmp/");
        Path out = dir.resolve("followed");
        docker.ok("cp", "-L", "box:/tmp/evil", out.toString());
        // the container's own passwd (TestEngines' image), not the host's
        assertThat(Files.readString(out))
                .isEqualTo("root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
        // without -L the engine sends the link itself; docker's CLI then refuses to make it on the host
        DockerCli.Result itself = docker.run("cp", "box:/tmp/evil", dir.resolve("link-itself").toString());
        assertThat(itself.output()).contains("invalid symlink", "-> \"/../../../../../../etc/passwd\"");
    }
}
