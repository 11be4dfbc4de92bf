package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.FileCopies;
import io.jcompose.cli.compose.exec.FileMounts;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.model.error.ComposeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets and configs as docker compose v2 gives them: file-sourced ones bind-mounted read-only (targets, volumes
 * first), content- and environment-sourced ones copied in as one-entry tars (owner, mode), external ones refused.
 */
class SecretsAndConfigsTest {

    @TempDir
    Path dir;

    private final FakeContainers containers = new FakeContainers();
    private final FakeArchives archives = new FakeArchives(containers.calls);

    private Desired load(String yaml, Map<String, String> environment) throws Exception {
        for (String f : List.of("token.txt", "settings.conf")) {
            Files.writeString(dir.resolve(f), f);
        }
        Desired d = Projects.load(dir, yaml);
        return new Desired(d.project(), d.graph(), d.hashes(), d.workingDirectory(), d.configFiles(), d.configs(),
                environment);
    }

    private List<MountJson> mounts(String services) throws Exception {
        Desired d = load("name: demo\nservices:\n  app:\n    image: e2e/bb:1\n" + services + """
                secrets:
                  token: {file: ./token.txt}
                  api: {environment: API_TOKEN}
                configs:
                  settings: {file: ./settings.conf}
                  inline: {content: "a=1"}
                """, Map.of());
        List<MountJson> mounts = new ContainerBodies(d, "0.1.0").body("app", 1).hostConfig().mounts();
        return mounts == null ? List.of() : mounts;
    }

    private String bind(String file, String target) {
        return dir.resolve(file) + " -> " + target;
    }

    private static List<String> shown(List<MountJson> mounts) {
        return mounts.stream().map(m -> m.source() + " -> " + m.target() + " " + m.type()
                + (Boolean.TRUE.equals(m.readOnly()) ? " ro" : "")).toList();
    }

    // --- bind mounts: valid ---

    @Test
    void shortSyntaxPutsSecretsUnderRunSecretsAndConfigsAtTheRoot() throws Exception {
        assertThat(shown(mounts("    secrets: [token]\n    configs: [settings]\n"))).containsExactly(
                bind("token.txt", "/run/secrets/token") + " bind ro", bind("settings.conf", "/settings") + " bind ro");
    }

    @Test
    void targetsRelativeGoUnderTheBaseAbsoluteStayAndAreCleaned() throws Exception {
        Map<String, String> cases = Map.of(
                "    secrets: [{source: token, target: sub/tok}]\n", "/run/secrets/sub/tok",
                "    secrets: [{source: token, target: /etc/tok}]\n", "/etc/tok",
                "    secrets: [{source: token, target: \"/etc//app/./tok/\"}]\n", "/etc/app/tok",
                "    configs: [{source: settings, target: app/x.conf}]\n", "/app/x.conf",
                "    configs: [{source: settings, target: /etc/app/x.conf}]\n", "/etc/app/x.conf");
        for (var c : cases.entrySet()) {
            assertThat(mounts(c.getKey())).as(c.getKey()).singleElement()
                    .satisfies(m -> assertThat(m.target()).isEqualTo(c.getValue()));
        }
    }

    @Test
    void aVolumeAtTheSameTargetWinsAndASecretWinsOverAConfig() throws Exception {
        assertThat(shown(mounts("""
                    volumes: ["./data:/run/secrets/token"]
                    secrets: [token]
                    configs: [{source: settings, target: /run/secrets/token}]
                """))).isEmpty();
        assertThat(shown(mounts("""
                    secrets: [{source: token, target: /etc/x}]
                    configs: [{source: settings, target: /etc/x}]
                """))).containsExactly(bind("token.txt", "/etc/x") + " bind ro");
    }

    @Test
    void environmentAndContentSourcedFilesAreNotMounted() throws Exception {
        assertThat(mounts("    secrets: [api]\n    configs: [inline]\n")).isEmpty();
    }

    // --- refusals and warnings ---

    @Test
    void externalSecretsAndConfigsAreRefusedWithDockerComposesMessage() throws Exception {
        for (String kind : List.of("secret", "config")) {
            Desired d = load("name: demo\nservices:\n  app:\n    image: e2e/bb:1\n    " + kind + "s: [vault]\n"
                    + kind + "s:\n  vault: {external: true}\n", Map.of());
            assertThatThrownBy(() -> new ContainerBodies(d, "0.1.0").body("app", 1))
                    .isInstanceOf(ComposeException.class).hasMessage("unsupported external " + kind + " vault");
        }
    }

    @Test
    void ownerAndModeOnABindMountAreWarnedAboutOnlyThere() throws Exception {
        Desired d = load("""
                name: demo
                services:
                  a:
                    image: e2e/bb:1
                    secrets: [{source: token, mode: 0400}]
                    configs: [{source: settings, uid: "1"}, {source: inline, mode: 0600}]
                  b:
                    image: e2e/bb:1
                    secrets: [{source: api, uid: "1", gid: "2", mode: 0400}]
                secrets:
                  token: {file: ./token.txt}
                  api: {environment: API_TOKEN}
                configs:
                  settings: {file: ./settings.conf}
                  inline: {content: "a=1"}
                """, Map.of());
        assertThat(FileMounts.warnings(d.project(), List.of("a", "b"))).containsExactly(
                "secrets `uid`, `gid` and `mode` are not supported, they will be ignored",
                "config `uid`, `gid` and `mode` are not supported, they will be ignored");
        assertThat(FileMounts.warnings(d.project(), List.of("b"))).isEmpty();
    }

    // --- copies ---

    private static final String COPIED = """
            name: demo
            services:
              app:
                image: e2e/bb:1
                secrets:
                  - api
                  - {source: api, target: owned, uid: "1000", gid: "1001", mode: 0400}
                  - token
                configs:
                  - inline
                  - {source: fromenv, target: etc/app.conf, mode: 0640}
                  - empty
            secrets:
              token: {file: ./token.txt}
              api: {environment: API_TOKEN}
            configs:
              inline: {content: "a=1\\n"}
              fromenv: {environment: APP_CONF}
              empty: {content: ""}
            """;

    @Test
    void contentAndEnvironmentAreCopiedWithOwnerAndModeDefault0444() throws Exception {
        Desired d = load(COPIED, Map.of("API_TOKEN", "t0k", "APP_CONF", "x=y"));
        new FileCopies(archives, d).into("c1", "app");
        assertThat(archives.entries).containsExactly(
                new FakeArchives.Entry("c1", "run/secrets/api", 0444, 0, 0, "t0k", false),
                new FakeArchives.Entry("c1", "run/secrets/owned", 0400, 1000, 1001, "t0k", true),
                new FakeArchives.Entry("c1", "inline", 0444, 0, 0, "a=1\n", false),
                new FakeArchives.Entry("c1", "etc/app.conf", 0640, 0, 0, "x=y", false));
        assertThat(containers.calls).allMatch(c -> c.startsWith("put c1 / ["));
    }

    @Test
    void anUnsetVariableIsAnErrorNamingItAndTheFile() throws Exception {
        Desired d = load(COPIED, Map.of("APP_CONF", "x=y"));
        assertThatThrownBy(() -> new FileCopies(archives, d).into("c1", "app"))
                .isInstanceOf(ComposeException.class)
                .hasMessage("environment variable \"API_TOKEN\" required by file \"demo_api\" is not set");
    }

    @Test
    void aNonNumericOwnerIsAnError() throws Exception {
        Desired d = load("""
                name: demo
                services:
                  app:
                    image: e2e/bb:1
                    configs: [{source: inline, uid: www}]
                configs:
                  inline: {content: "a"}
                """, Map.of());
        assertThatThrownBy(() -> new FileCopies(archives, d).into("c1", "app"))
                .isInstanceOf(ComposeException.class).hasMessage("config \"inline\": uid \"www\" is not a number");
    }

    @Test
    void upCopiesIntoEachNewContainerBeforeItStarts() throws Exception {
        Desired d = load(COPIED, Map.of("API_TOKEN", "t0k", "APP_CONF", "x=y"));
        FakeNetworks networks = new FakeNetworks(containers.calls);
        FakeImages images = new FakeImages(containers.calls);
        images.present.add("e2e/bb:1");
        EngineApis engine = new EngineApis(containers, networks, images, new FakeVolumes(containers.calls),
                archives);
        UpOptions options = new UpOptions(false, false, false, OptionalInt.empty(), Duration.ofSeconds(2));
        new UpExecutor(engine, d, new ContainerBodies(d, "0.1.0"), e -> { }, options, Duration.ofMillis(5))
                .run(Planner.plan(d, Observed.of(d.name(), containers, networks), options));
        assertThat(containers.calls).containsSubsequence("create demo-app-1", "put id1 / [run/secrets/api]",
                "put id1 / [etc/app.conf]", "start demo-app-1");
        assertThat(containers.calls.indexOf("start demo-app-1"))
                .isGreaterThan(containers.calls.indexOf("put id1 / [etc/app.conf]"));
    }
}
