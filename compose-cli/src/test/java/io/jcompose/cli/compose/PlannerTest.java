package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.plan.ConfigDiff;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.compose.plan.ObservedNetwork;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observed state in, the exact list of actions with their reasons out. */
class PlannerTest {

    private static final String YAML = """
            name: demo
            services:
              web:
                image: e2e/bb:1
                depends_on: [db]
              db:
                image: e2e/bb:1
              worker:
                image: e2e/bb:1
                scale: 2
            """;

    @TempDir
    Path dir;

    private Desired desired;

    @BeforeEach
    void load() {
        desired = Projects.load(dir, YAML);
    }

    private ObservedContainer container(String service, int number, String state) {
        return container(service, number, state, desired.hashes().get(service));
    }

    private ObservedContainer container(String service, int number, String state, String hash) {
        return new ObservedContainer("id-" + service + number, "demo-" + service + "-" + number, service, number,
                hash, state, false);
    }

    private static Observed observed(List<ObservedContainer> containers) {
        return new Observed(containers, List.of(new ObservedNetwork("n1", "demo_default", "default")));
    }

    private List<String> plan(Observed observed, UpOptions options) {
        return Planner.plan(desired, observed, options).lines();
    }

    @Test
    void nothingYetCreatesTheNetworkThenEveryContainerInDependencyOrder() {
        assertThat(plan(Observed.NOTHING, UpOptions.DEFAULTS)).containsExactly(
                "create network demo_default: not created yet",
                "create db-1: not created yet",
                "create worker-1: not created yet",
                "create worker-2: not created yet",
                "create web-1: not created yet");
    }

    @Test
    void everythingRunningWithTheSameHashIsUpToDate() {
        Plan plan = Planner.plan(desired, observed(List.of(container("db", 1, "running"),
                container("web", 1, "running"), container("worker", 1, "running"),
                container("worker", 2, "running"))), UpOptions.DEFAULTS);
        assertThat(plan.lines()).containsExactly("db-1 is up to date", "worker-1 is up to date",
                "worker-2 is up to date", "web-1 is up to date");
        assertThat(plan.changesNothing()).isTrue();
    }

    @Test
    void aChangedHashRecreatesAStoppedContainerStartsAMissingReplicaIsCreated() {
        String web = desired.hashes().get("web");
        List<String> lines = plan(observed(List.of(container("db", 1, "exited"),
                container("web", 1, "running", "a1b2c3d4e5f6a7b8"), container("worker", 1, "running"))),
                UpOptions.DEFAULTS);
        assertThat(lines).containsExactly(
                "start db-1: exists but is exited",
                "worker-1 is up to date",
                "create worker-2: not created yet",
                "recreate web-1: configuration changed (config hash a1b2c3d4e5f6.. -> " + web.substring(0, 12)
                        + "..)");
    }

    @Test
    void aContainerOnAnOlderImageThanItsNameNowPointsAtIsRecreatedSayingWhich() {
        String image = desired.image("db");
        ObservedContainer db = new ObservedContainer("id-db1", "demo-db-1", "db", 1, desired.hashes().get("db"),
                "running", false, "sha256:" + "a".repeat(64));
        List<ObservedContainer> others = List.of(db, container("web", 1, "running"), container("worker", 1, "running"),
                container("worker", 2, "running"));
        Observed rebuilt = new Observed(others, List.of(new ObservedNetwork("n1", "demo_default", "default")),
                List.of(), java.util.Map.of(image, "sha256:" + "b".repeat(64)));
        assertThat(plan(rebuilt, UpOptions.DEFAULTS)).first().isEqualTo("recreate db-1: image " + image
                + " now has ID sha256:bbbbbbbbbbbb (was sha256:aaaaaaaaaaaa)");
        Observed same = new Observed(others, List.of(new ObservedNetwork("n1", "demo_default", "default")),
                List.of(), java.util.Map.of(image, "sha256:" + "a".repeat(64)));
        assertThat(plan(same, UpOptions.DEFAULTS)).first().isEqualTo("db-1 is up to date");
        assertThat(plan(rebuilt, new UpOptions(false, true, false, java.util.OptionalInt.empty(),
                UpOptions.DEFAULTS.dependencyTimeout()))).first().isEqualTo("db-1 is up to date");
    }

    @Test
    void recreatePolicies() {
        Observed old = observed(List.of(container("db", 1, "running", "old"), container("web", 1, "running"),
                container("worker", 1, "running"), container("worker", 2, "running")));
        assertThat(plan(old, new UpOptions(false, true, false, OptionalInt.empty(), Duration.ZERO)))
                .startsWith("db-1 is up to date");
        assertThat(plan(old, new UpOptions(true, false, false, OptionalInt.empty(), Duration.ZERO)))
                .containsExactly("recreate db-1: --force-recreate", "recreate worker-1: --force-recreate",
                        "recreate worker-2: --force-recreate", "recreate web-1: --force-recreate");
    }

    @Test
    void extraReplicasAreRemovedOrphansAreReportedOrRemoved() {
        Observed observed = observed(List.of(container("db", 1, "running"), container("web", 1, "running"),
                container("worker", 1, "running"), container("worker", 2, "running"),
                container("worker", 3, "running"), container("old", 1, "exited", "x")));
        Plan kept = Planner.plan(desired, observed, UpOptions.DEFAULTS);
        assertThat(kept.lines()).contains("remove worker-3: scaled to 2 replicas").doesNotContain("remove old-1");
        assertThat(kept.warnings()).containsExactly("Found orphan containers ([demo-old-1]) for this project. If "
                + "you removed or renamed this service in your compose file, you can run this command with the "
                + "--remove-orphans flag to clean it up.");
        Plan removed = Planner.plan(desired, observed,
                new UpOptions(false, false, true, OptionalInt.empty(), Duration.ZERO));
        assertThat(removed.lines()).endsWith("remove old-1: orphan (service \"old\" is not in the project)");
        assertThat(removed.warnings()).isEmpty();
    }

    /** A container made from {@code from}: its config hash and {@code io.jcompose.config} label. */
    private static ObservedContainer made(Desired from, String service, int number, String state) {
        return new ObservedContainer("id-" + service + number, "demo-" + service + "-" + number, service, number,
                from.hashes().get(service), state, false, "", from.configs().get(service).label());
    }

    /** The plan's container lines (the test files' extra networks left out). */
    private static List<String> replan(Desired now, ObservedContainer... containers) {
        return Planner.plan(now, observed(List.of(containers)), UpOptions.DEFAULTS).lines().stream()
                .filter(l -> !l.startsWith("create network")).toList();
    }

    private static final String FIELDS = """
            name: demo
            services:
              db:
                image: e2e/bb:1
                command: %s
                environment: {PGDATA: %s, KEEP: x, %s}
                healthcheck: {test: ["CMD", "true"], interval: %s}
                volumes: ["./a:/a", "%s"]
                networks: %s
            networks: {front: {}, back: {}}
            """;

    @Test
    void aRecreateNamesTheChangedFieldsNestedKeysListItemsAndAddedOrRemovedKeys() {
        Desired before = Projects.load(dir, FIELDS.formatted("[run, a]", "/a", "OLD: y", "5s", "./b:/b", "[front]"));
        ObservedContainer db = made(before, "db", 1, "running");
        assertThat(replan(before, db)).containsExactly("db-1 is up to date");

        Desired one = Projects.load(dir, FIELDS.formatted("[run, a]", "/b", "OLD: y", "5s", "./b:/b", "[front]"));
        assertThat(replan(one, db)).containsExactly("recreate db-1: environment.PGDATA changed");

        Desired two = Projects.load(dir, FIELDS.formatted("[run, a]", "/a", "OLD: y", "10s", "./b:/b",
                "[front, back]"));
        assertThat(replan(two, db)).containsExactly("recreate db-1: healthcheck.interval changed and networks.back "
                + "added");

        Desired all = Projects.load(dir, FIELDS.formatted("[run, b]", "/b", "NEW: z", "10s", "./c:/b",
                "[front, back]"));
        assertThat(ConfigDiff.changes(before.configs().get("db"), all.configs().get("db"))).containsExactly(
                "command changed", "environment.NEW added", "environment.OLD removed", "environment.PGDATA changed",
                "healthcheck.interval changed", "networks.back added", "volumes[1] changed");
        assertThat(replan(all, db)).containsExactly("recreate db-1: command changed, environment.NEW added, "
                + "environment.OLD removed and 4 more");
        assertThat(ConfigDiff.changes(all.configs().get("db"), before.configs().get("db")))
                .contains("environment.NEW removed", "environment.OLD added", "networks.back removed");
    }

    @Test
    void theWordingOfOneTwoThreeAndMoreChanges() {
        assertThat(ConfigDiff.reason(List.of("image changed"))).isEqualTo("image changed");
        assertThat(ConfigDiff.reason(List.of("a changed", "b added"))).isEqualTo("a changed and b added");
        assertThat(ConfigDiff.reason(List.of("a changed", "b added", "c removed")))
                .isEqualTo("a changed, b added and c removed");
        assertThat(ConfigDiff.reason(List.of("a changed", "b added", "c removed", "d changed", "e changed")))
                .isEqualTo("a changed, b added, c removed and 2 more");
    }

    @Test
    void withoutTheLabelOrWithAForeignOneTheReasonIsTheConfigHash() {
        Desired before = Projects.load(dir, FIELDS.formatted("[run, a]", "/a", "OLD: y", "5s", "./b:/b", "[front]"));
        Desired after = Projects.load(dir, FIELDS.formatted("[run, a]", "/b", "OLD: y", "5s", "./b:/b", "[front]"));
        String was = before.hashes().get("db");
        String now = after.hashes().get("db");
        String hashReason = "recreate db-1: configuration changed (config hash " + was.substring(0, 12) + ".. -> "
                + now.substring(0, 12) + "..)";
        for (String label : List.of("", "not json", "{\"service\":[]}")) {
            ObservedContainer db = new ObservedContainer("id-db1", "demo-db-1", "db", 1, was, "running", false, "",
                    label);
            assertThat(replan(after, db)).as(label).containsExactly(hashReason);
        }
    }

    @Test
    void aServiceTooBigForTheLabelIsNamedByTopLevelField() {
        StringBuilder env = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            env.append("V").append(i).append(": ").append("v".repeat(150)).append(", ");
        }
        String yaml = "name: demo\nservices:\n  db:\n    image: e2e/bb:1\n    environment: {%sLAST: %s}\n";
        Desired before = Projects.load(dir, yaml.formatted(env, "1"));
        assertThat(before.configs().get("db").label().length()).isLessThanOrEqualTo(16 * 1024);
        Desired after = Projects.load(dir, yaml.formatted(env, "2"));
        assertThat(replan(after, made(before, "db", 1, "running")))
                .containsExactly("recreate db-1: environment changed");
    }

    private static final String FILES = """
            name: demo
            services:
              db:
                image: e2e/bb:1
                secrets: [token]
                configs: [app]
            secrets:
              token: {file: ./token.txt}
            configs:
              app: {content: "%s"}
            """;

    @Test
    void aChangedSecretFileOrInlineConfigRecreatesTheServiceThatMountsIt() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("token.txt"), "one");
        Desired before = Projects.load(dir, FILES.formatted("level=1"));
        ObservedContainer db = made(before, "db", 1, "running");
        assertThat(replan(before, db)).containsExactly("db-1 is up to date");

        java.nio.file.Files.writeString(dir.resolve("token.txt"), "two");
        Desired secret = Projects.load(dir, FILES.formatted("level=1"));
        assertThat(secret.hashes()).as("docker compose's hash is the YAML's only").isEqualTo(before.hashes());
        assertThat(replan(secret, db)).containsExactly("recreate db-1: secrets.token (file ./token.txt) changed");

        Desired both = Projects.load(dir, FILES.formatted("level=2"));
        assertThat(replan(both, db)).containsExactly("recreate db-1: configs.app (content) changed and secrets.token "
                + "(file ./token.txt) changed");
        ObservedContainer foreign = new ObservedContainer("id-db1", "demo-db-1", "db", 1, before.hashes().get("db"),
                "running", false);
        assertThat(replan(both, foreign)).as("made by docker compose: its files are unknown")
                .containsExactly("db-1 is up to date");
    }

    private static final String RESTART = """
            name: demo
            services:
              db:
                image: e2e/bb:1
                environment: {LEVEL: "%s"}
              api:
                image: e2e/bb:1
                depends_on:
                  db: {condition: service_started, restart: true}
              web:
                image: e2e/bb:1
                depends_on:
                  api: {condition: service_started, restart: true}
              other:
                image: e2e/bb:1
                depends_on: [db]
            """;

    @Test
    void theDependantsWithRestartTrueOfARecreatedServiceAreRestartedAfterIt() {
        Desired before = Projects.load(dir, RESTART.formatted("1"));
        ObservedContainer db = made(before, "db", 1, "running");
        ObservedContainer api = made(before, "api", 1, "running");
        ObservedContainer web = made(before, "web", 1, "running");
        ObservedContainer other = made(before, "other", 1, "running");
        assertThat(replan(before, db, api, web, other)).containsExactlyInAnyOrder("db-1 is up to date",
                "api-1 is up to date", "web-1 is up to date", "other-1 is up to date");

        Desired after = Projects.load(dir, RESTART.formatted("2"));
        List<String> lines = replan(after, db, api, web, other);
        assertThat(lines).containsExactlyInAnyOrder("recreate db-1: environment.LEVEL changed",
                "restart api-1: its dependency db was recreated (depends_on.db.restart: true)",
                "restart web-1: its dependency api was restarted (depends_on.api.restart: true)",
                "other-1 is up to date");
        assertThat(lines.indexOf("recreate db-1: environment.LEVEL changed"))
                .isLessThan(lines.indexOf("restart api-1: its dependency db was recreated (depends_on.db.restart: "
                        + "true)"));

        ObservedContainer stopped = made(before, "api", 1, "exited");
        assertThat(replan(after, db, stopped, web, other)).as("a stopped dependant is started, which is enough")
                .contains("start api-1: exists but is exited", "web-1 is up to date");
        assertThat(replan(before, made(before, "db", 1, "exited"), api, web, other))
                .as("a dependency that is only started does not restart its dependants")
                .contains("api-1 is up to date");
    }
}
