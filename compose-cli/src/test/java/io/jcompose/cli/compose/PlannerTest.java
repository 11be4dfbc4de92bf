package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

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
}
