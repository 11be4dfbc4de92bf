package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.OneOff;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.HostConfigJson.PortBindingJson;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run}'s one-off: its name, labels and the mapping of run's flags onto the create body. */
class RunOneOffTest {

    private static final String STACK = """
            name: demo
            services:
              web:
                image: e2e/bb:1
                command: ["httpd", "-f"]
                ports: ["8080:80"]
                restart: always
                environment: {A: "1", B: "2"}
                networks:
                  default: {aliases: [www]}
              client:
                image: e2e/bb:1
                depends_on: [web]
            volumes:
              data: {}
            """;
    private static final String SLUG = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    private OneOff oneOff(Desired desired, String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.flags.oneOff(desired, run.service, run.command.isEmpty() ? null : run.command, SLUG,
                Map.of("FROM_SHELL", "s"), run.detach, false);
    }

    @Test
    void theNameIsProjectServiceRunAndTwelveHexDigitsOfTheSlug() {
        assertThat(OneOff.name("demo", "web", SLUG)).isEqualTo("demo-web-run-0123456789ab");
        String slug = OneOff.newSlug(new Random(7));
        assertThat(slug).matches("[0-9a-f]{64}").isNotEqualTo(OneOff.newSlug(new Random(8)));
    }

    @Test
    void aPlainRunHasOneOffLabelsNoPortsNoRestartAndOnlyItsNameAsAlias() {
        Desired desired = Projects.load(dir, STACK);
        ContainerCreateJson body = new ContainerBodies(desired, "0.1.0").oneOff("web", oneOff(desired, "web"));
        assertThat(body.config().labels()).containsEntry("com.docker.compose.oneoff", "True")
                .containsEntry("com.docker.compose.project", "demo").containsEntry("com.docker.compose.service", "web")
                .containsEntry("com.docker.compose.slug", SLUG).containsEntry("com.docker.compose.container-number", "1");
        assertThat(body.config().cmd()).containsExactly("httpd", "-f");
        assertThat(body.hostConfig().portBindings()).isNull();
        assertThat(body.hostConfig().restartPolicy()).isNull();
        assertThat(body.networkingConfig().endpoints().get("demo_default").aliases())
                .containsExactly("demo-web-run-0123456789ab");
    }

    @Test
    void flagsOverrideCommandEnvironmentUserDirectoryAndAddLabelsBindsPortsAndAliases() {
        Desired desired = Projects.load(dir, STACK);
        OneOff o = oneOff(desired, "--rm", "-e", "B=3", "-e", "FROM_SHELL", "-e", "UNSET_HERE", "-l", "x=y",
                "-v", "./src:/src:ro", "-v", "data:/data", "-p", "127.0.0.1:9090:90", "--service-ports",
                "--use-aliases", "--entrypoint", "sh -c", "-u", "nobody", "-w", "/tmp", "--name", "mine", "-T",
                "web", "echo", "hi");
        assertThat(o.name()).isEqualTo("mine");
        assertThat(o.autoRemove()).isTrue();
        ContainerCreateJson body = new ContainerBodies(desired, "0.1.0").oneOff("web", o);
        assertThat(body.config().cmd()).containsExactly("echo", "hi");
        assertThat(body.config().entrypoint()).containsExactly("sh", "-c");
        assertThat(body.config().env()).containsExactly("A=1", "B=3", "FROM_SHELL=s");
        assertThat(body.config().user()).isEqualTo("nobody");
        assertThat(body.config().workingDir()).isEqualTo("/tmp");
        assertThat(body.config().labels()).containsEntry("x", "y");
        assertThat(body.hostConfig().binds()).containsExactly(dir.resolve("src") + ":/src:ro", "demo_data:/data");
        assertThat(body.hostConfig().portBindings()).containsEntry("90/tcp",
                List.of(new PortBindingJson("127.0.0.1", "9090"))).containsEntry("80/tcp",
                List.of(new PortBindingJson(null, "8080")));
        assertThat(body.hostConfig().autoRemove()).isTrue();
        assertThat(body.networkingConfig().endpoints().get("demo_default").aliases())
                .containsExactly("web", "mine", "www");
    }

    @Test
    void badFlagsAreOneClearMessage() {
        Desired desired = Projects.load(dir, STACK);
        assertThatThrownBy(() -> oneOff(desired, "-v", "nodest", "web")).isInstanceOf(ComposeException.class)
                .hasMessage("invalid volume \"nodest\": expected SRC:DST[:MODE]");
        assertThatThrownBy(() -> oneOff(desired, "-p", "1:2:3:4", "web")).isInstanceOf(ComposeException.class)
                .hasMessageContaining("too many colons");
    }

    @Test
    void replicaBodiesAreUnchanged() {
        Desired desired = Projects.load(dir, STACK);
        ContainerCreateJson body = new ContainerBodies(desired, "0.1.0").body("web", 1);
        assertThat(body.config().labels()).containsEntry("com.docker.compose.oneoff", "False")
                .doesNotContainKey("com.docker.compose.slug");
        assertThat(body.hostConfig().restartPolicy().name()).isEqualTo("always");
        assertThat(body.networkingConfig().endpoints().get("demo_default").aliases())
                .containsExactly("web", "demo-web-1", "www");
    }
}
