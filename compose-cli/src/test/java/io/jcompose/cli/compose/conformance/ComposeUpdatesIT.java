package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8's scenarios of a stack that changes or fails, through {@code ./jcompose} and the real engine (root):
 * depends_on conditions and a failing health check, {@code up} twice, one edited service, orphans, {@code down -v}
 * and an external volume, a port conflict, exit codes of attached {@code up} and {@code run}, a rebuilt image.
 */
class ComposeUpdatesIT {

    @TempDir
    Path dir;

    private Conformance c;

    @BeforeEach
    void engine() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    private Instant started(String container) throws Exception {
        return Instant.parse(c.inspect(container).get("State").get("StartedAt").asString());
    }

    private Instant finished(String container) throws Exception {
        return Instant.parse(c.inspect(container).get("State").get("FinishedAt").asString());
    }

    private String id(String container) throws Exception {
        return c.inspect(container).get("Id").asString();
    }

    @Test
    void dependsOnStartedHealthyAndCompletedSuccessfully() throws Exception {
        Path file = c.project("deps", """
                name: cfdeps
                services:
                  db:
                    image: e2e/bb:1
                    command: ["sh", "-c", "sleep 2 && touch /tmp/ready && exec sleep 600"]
                    healthcheck:
                      test: ["CMD", "test", "-f", "/tmp/ready"]
                      interval: 500ms
                      timeout: 2s
                      retries: 30
                  migrate:
                    image: e2e/bb:1
                    command: ["sh", "-c", "sleep 1 && echo migrated"]
                    depends_on:
                      db: {condition: service_healthy}
                  api:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    depends_on:
                      db: {condition: service_healthy}
                      migrate: {condition: service_completed_successfully}
                  cache:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                  web:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    depends_on:
                      cache: {condition: service_started}
                      api: {condition: service_started}
                """);
        Run up = c.composeOk(file, "up", "-d");
        assertThat(up.err()).contains(" \u2714 Container cfdeps-db-1  Healthy", " \u2714 Container cfdeps-migrate-1  "
                + "Exited", " \u2714 Container cfdeps-web-1  Started");
        assertThat(c.states(file)).isEqualTo(Map.of("cfdeps-db-1", "running", "cfdeps-migrate-1", "exited",
                "cfdeps-api-1", "running", "cfdeps-cache-1", "running", "cfdeps-web-1", "running"));
        JsonNode migrate = c.inspect("cfdeps-migrate-1").get("State");
        assertThat(migrate.get("ExitCode").asInt()).isZero();
        assertThat(c.composeOk(file, "logs", "migrate").out()).contains("migrated");
        assertThat(started("cfdeps-migrate-1")).as("migrate waits until db is healthy (ready after 2 s)")
                .isAfter(started("cfdeps-db-1").plusSeconds(2));
        assertThat(started("cfdeps-api-1")).as("api waits until migrate completed")
                .isAfterOrEqualTo(finished("cfdeps-migrate-1"));
        assertThat(started("cfdeps-web-1")).as("web starts after cache and api")
                .isAfterOrEqualTo(started("cfdeps-api-1")).isAfterOrEqualTo(started("cfdeps-cache-1"));
    }

    @Test
    void aFailingHealthCheckBlocksItsDependantsAndLeavesNothing() throws Exception {
        Path file = c.project("sick", """
                name: cfsick
                services:
                  db:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    healthcheck:
                      test: ["CMD", "false"]
                      interval: 300ms
                      timeout: 2s
                      retries: 2
                  api:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    depends_on:
                      db: {condition: service_healthy}
                  web:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    depends_on: [api]
                """);
        Run up = c.compose(file, "up", "-d");
        assertThat(up.code()).as(up.toString()).isEqualTo(1);
        assertThat(up.err()).as(up.toString())
                .contains("dependency failed to start: container cfsick-db-1 is unhealthy")
                .doesNotContain("cfsick-api-1  Started", "cfsick-web-1  Started");
        assertThat(c.states(file)).as("the run removed what it created").isEmpty();
        assertThat(c.allContainers()).isEmpty();
        assertThat(c.allNetworks()).doesNotContain("cfsick_default");
    }

    private static final String RECREATE = """
            name: cfre
            services:
              db:
                image: e2e/bb:1
                command: ["sleep", "600"]
                environment:
                  LEVEL: "%s"
              api:
                image: e2e/bb:1
                command: ["sleep", "600"]
                depends_on:
                  db: {condition: service_started, restart: true}
              other:
                image: e2e/bb:1
                command: ["sleep", "600"]
            """;

    @Test
    void upTwiceChangesNothingAndAnEditRecreatesOnlyThatService() throws Exception {
        Path file = c.project("re", RECREATE.formatted("1"));
        c.composeOk(file, "up", "-d");
        String other = id("cfre-other-1");
        Instant otherStarted = started("cfre-other-1");
        String db = id("cfre-db-1");

        Run again = c.composeOk(file, "up", "-d");
        assertThat(again.out()).isEmpty();
        assertThat(again.err().lines().sorted().toList()).as(again.toString()).containsExactly(
                " - api-1 is up to date", " - db-1 is up to date", " - other-1 is up to date",
                " \u2714 Container cfre-api-1  Running", " \u2714 Container cfre-db-1  Running",
                " \u2714 Container cfre-other-1  Running");
        assertThat(id("cfre-db-1")).isEqualTo(db);

        Files.writeString(file, RECREATE.formatted("2"));
        Run plan = c.composeOk(file, "up", "--dry-run");
        assertThat(plan.out()).startsWith("Plan for project cfre (dry run, nothing was changed):\n")
                .contains("  recreate db-1: ", "  other-1 is up to date\n").doesNotContain("recreate other-1");
        assertThat(id("cfre-db-1")).as("--dry-run touches nothing").isEqualTo(db);

        Run edit = c.composeOk(file, "up", "-d");
        assertThat(edit.err()).contains(" - recreate db-1: ", " \u2714 Container cfre-db-1  Recreated")
                .doesNotContain("cfre-other-1  Recreated", "cfre-other-1  Started");
        assertThat(id("cfre-db-1")).isNotEqualTo(db);
        assertThat(c.ok("container", "exec", "cfre-db-1", "sh", "-c", "echo $LEVEL").out()).isEqualTo("2\n");
        assertThat(id("cfre-other-1")).isEqualTo(other);
        assertThat(started("cfre-other-1")).isEqualTo(otherStarted);
    }

    @Test
    void anEditRestartsTheDependantsWithRestartTrue() throws Exception {
        Path file = c.project("re", RECREATE.formatted("1"));
        c.composeOk(file, "up", "-d");
        Instant apiStarted = started("cfre-api-1");
        Files.writeString(file, RECREATE.formatted("2"));
        c.composeOk(file, "up", "-d");
        assertThat(started("cfre-api-1")).as("api (restart: true on db) starts again after db's recreation")
                .isAfter(apiStarted).isAfterOrEqualTo(started("cfre-db-1"));
    }

    @Test
    void theDryRunNamesTheChangedField() throws Exception {
        Path file = c.project("re", RECREATE.formatted("1"));
        c.composeOk(file, "up", "-d");
        Files.writeString(file, RECREATE.formatted("2"));
        assertThat(c.composeOk(file, "up", "--dry-run").out()).contains("  recreate db-1: environment.LEVEL changed\n");
    }

    @Test
    void anEditedSecretFileRecreatesTheServiceThatUsesIt() throws Exception {
        Path file = c.project("secret", """
                name: cfsecret
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    secrets: [token]
                  plain:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                secrets:
                  token: {file: ./token.txt}
                """);
        Files.writeString(file.resolveSibling("token.txt"), "one\n");
        c.composeOk(file, "up", "-d");
        String app = id("cfsecret-app-1");
        Files.writeString(file.resolveSibling("token.txt"), "two\n");
        assertThat(c.composeOk(file, "up", "--dry-run").out())
                .contains("  recreate app-1: secrets.token (file ./token.txt) changed\n", "  plain-1 is up to date\n");
        Run edit = c.composeOk(file, "up", "-d");
        assertThat(edit.err()).contains(" \u2714 Container cfsecret-app-1  Recreated");
        assertThat(id("cfsecret-app-1")).isNotEqualTo(app);
        assertThat(c.composeOk(file, "up", "--dry-run").out()).contains("  app-1 is up to date\n");
    }

    @Test
    void orphansDownMinusVAndAnExternalVolume() throws Exception {
        Path file = c.project("orph", """
                name: cforph
                services:
                  a:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                  b:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        c.composeOk(file, "up", "-d");
        Files.writeString(file, """
                name: cforph
                services:
                  a:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        Run warned = c.composeOk(file, "up", "-d");
        assertThat(warned.err()).contains("WARN[0000] Found orphan containers ([cforph-b-1]) for this project. If you "
                + "removed or renamed this service in your compose file, you can run this command with the "
                + "--remove-orphans flag to clean it up.\n");
        assertThat(c.states(file)).containsEntry("cforph-b-1", "running");
        Run removed = c.composeOk(file, "up", "-d", "--remove-orphans");
        assertThat(removed.err()).contains(" \u2714 Container cforph-b-1  Removed").doesNotContain("orphan containers");
        assertThat(c.states(file)).isEqualTo(Map.of("cforph-a-1", "running"));

        c.ok("volume", "create", "cfext_shared");
        Path volumes = c.project("vol", """
                name: cfvol
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sh", "-c", "date > /data/made && date > /shared/made && exec sleep 600"]
                    volumes: ["data:/data", "shared:/shared"]
                volumes:
                  data: {}
                  shared:
                    external: true
                    name: cfext_shared
                """);
        c.composeOk(volumes, "up", "-d");
        assertThat(c.ok("volume", "ls", "-q").out().lines().toList()).contains("cfvol_data", "cfext_shared");
        Run down = c.composeOk(volumes, "down", "-v", "-t", "0");
        assertThat(down.err()).contains(" \u2714 Volume \"cfvol_data\"  Removed").doesNotContain("cfext_shared");
        assertThat(c.ok("volume", "ls", "-q").out().lines().toList()).contains("cfext_shared")
                .doesNotContain("cfvol_data");
        c.ok("volume", "rm", "cfext_shared");
    }

    @Test
    void aPortConflictMidUpLeavesNothingOfTheSecondProject() throws Exception {
        Path first = c.project("porta", """
                name: cfporta
                services:
                  web:
                    image: e2e/bb:1
                    command: ["httpd", "-f", "-p", "80"]
                    ports: ["127.0.0.1:18542:80"]
                """);
        Path second = c.project("portb", """
                name: cfportb
                services:
                  first:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                  second:
                    image: e2e/bb:1
                    command: ["httpd", "-f", "-p", "80"]
                    depends_on: [first]
                    ports: ["127.0.0.1:18542:80"]
                """);
        c.composeOk(first, "up", "-d");
        Run conflict = c.compose(second, "up", "-d");
        assertThat(conflict.code()).as(conflict.toString()).isNotZero();
        assertThat(conflict.err()).as(conflict.toString()).contains("18542");
        assertThat(c.states(second)).as("nothing of cfportb is left").isEmpty();
        assertThat(c.allContainers()).containsExactly("cfporta-web-1");
        assertThat(c.allNetworks()).doesNotContain("cfportb_default");
        assertThat(c.states(first)).isEqualTo(Map.of("cfporta-web-1", "running"));
    }

    @Test
    void exitCodesOfAttachedUpAndRun() throws Exception {
        Path file = c.project("exit", """
                name: cfexit
                services:
                  job:
                    image: e2e/bb:1
                    command: ["sh", "-c", "sleep 1; echo job-done; exit 7"]
                  idle:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        Run up = c.compose(file, "up", "--exit-code-from", "job", "-t", "0");
        assertThat(up.code()).as(up.toString()).isEqualTo(7);
        assertThat(up.out()).contains("job-done");
        Run run = c.compose(file, "run", "--rm", "job", "sh", "-c", "exit 5");
        assertThat(run.code()).as(run.toString()).isEqualTo(5);
        assertThat(c.allContainers()).as("run --rm leaves no one-off container").noneMatch(n -> n.contains("run"));
    }

    @Test
    void aRebuiltImageRecreatesItsContainer() throws Exception {
        Path project = Files.createDirectories(dir.resolve("build"));
        Path message = Files.writeString(project.resolve("message.txt"), "version-1\n");
        Files.writeString(project.resolve("Dockerfile"), """
                FROM e2e/bb:1
                COPY message.txt /message.txt
                RUN cp /message.txt /built.txt
                CMD ["sleep", "600"]
                """);
        Path file = c.project("build", """
                name: cfbuild
                services:
                  app:
                    build: .
                """);
        c.composeOk(file, "up", "-d", "--build");
        assertThat(c.ok("container", "exec", "cfbuild-app-1", "cat", "/built.txt").out()).isEqualTo("version-1\n");
        String before = id("cfbuild-app-1");

        Files.writeString(message, "version-2\n");
        Run rebuilt = c.composeOk(file, "up", "-d", "--build");
        assertThat(rebuilt.err()).as(rebuilt.toString()).containsPattern(
                " - recreate app-1: image cfbuild-app now has ID sha256:[0-9a-f]{12} \\(was sha256:[0-9a-f]{12}\\)\n")
                .contains(" \u2714 Container cfbuild-app-1  Recreated");
        assertThat(id("cfbuild-app-1")).isNotEqualTo(before);
        assertThat(c.ok("container", "exec", "cfbuild-app-1", "cat", "/built.txt").out()).isEqualTo("version-2\n");
    }
}
