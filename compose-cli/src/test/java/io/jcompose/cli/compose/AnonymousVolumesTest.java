package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.MountJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recreated container keeps its predecessor's anonymous volumes (docker compose's recreate) unless {@code up -V},
 * and never where the new config mounts something else.
 */
class AnonymousVolumesTest {

    private static final String ANON = "a".repeat(64);
    private static final String IMAGE_VOLUME = "b".repeat(64);
    private static final String STACK = """
            name: demo
            services:
              db:
                image: e2e/bb:1
                environment: {LEVEL: "%s"}
                volumes: [%s]
            volumes:
              named: {}
            """;

    @TempDir
    Path dir;

    private final FakeContainers containers = new FakeContainers();
    private final FakeNetworks networks = new FakeNetworks(containers.calls);
    private final FakeImages images = new FakeImages(containers.calls);

    private static MountPointJson volume(String name, String destination) {
        return new MountPointJson("volume", name, "/state/volumes/" + name + "/_data", destination, "local", "", true,
                "");
    }

    private static final List<MountPointJson> OLD_MOUNTS = List.of(volume(ANON, "/data"),
            volume(IMAGE_VOLUME, "/var/lib/db"), volume("demo_named", "/named"),
            new MountPointJson("bind", null, "/srv", "/srv", null, "", true, "rprivate"));

    private List<MountJson> recreate(String first, String second, boolean renew) throws Exception {
        images.present.add("e2e/bb:1");
        up(Projects.load(dir, STACK.formatted("1", first)), false);
        containers.mounts.put("demo-db-1", OLD_MOUNTS);
        containers.calls.clear();
        up(Projects.load(dir, STACK.formatted("2", second)), renew);
        assertThat(containers.calls).endsWith("stop demo-db-1", "remove demo-db-1", "create demo-db-1",
                "start demo-db-1");
        List<MountJson> mounts = containers.bodies.get("demo-db-1").hostConfig().mounts();
        return mounts == null ? List.of() : mounts;
    }

    private void up(Desired desired, boolean renew) throws Exception {
        EngineApis engine = new EngineApis(containers, networks, images, new FakeVolumes(containers.calls));
        UpOptions options = new UpOptions(false, false, false, OptionalInt.empty(), Duration.ofSeconds(2), Set.of(),
                Set.of(), Map.of(), false, false, "", false, renew);
        var plan = Planner.plan(desired, Observed.of(desired.name(), containers, networks), options);
        new UpExecutor(engine, desired, new ContainerBodies(desired, "0.1.0"), e -> { }, options,
                Duration.ofMillis(5)).run(plan);
    }

    @Test
    void aRecreatedContainerMountsItsPredecessorsAnonymousVolumesByName() throws Exception {
        assertThat(recreate("/data", "/data", false)).containsExactly(
                new MountJson("/data", ANON, "volume", null, null, null, null, null),
                new MountJson("/var/lib/db", IMAGE_VOLUME, "volume", null, null, null, null, null));
    }

    @Test
    void renewAnonVolumesGivesFreshOnes() throws Exception {
        assertThat(recreate("/data", "/data", true)).containsExactly(
                new MountJson("/data", null, "volume", null, null, null, null, null));
    }

    @Test
    void aDestinationNowGivenANamedVolumeOrABindIsNotInherited() throws Exception {
        List<MountJson> mounts = recreate("/data", "\"named:/data\", \"/host:/var/lib/db:ro\"", false);
        assertThat(mounts).isEmpty();
        assertThat(containers.bodies.get("demo-db-1").hostConfig().binds())
                .containsExactly("demo_named:/data", "/host:/var/lib/db:ro");
    }

    @Test
    void aReadOnlyAnonymousVolumeInTheNewConfigStaysReadOnly() throws Exception {
        assertThat(recreate("/data", "{type: volume, target: /data, read_only: true}", false)).containsExactly(
                new MountJson("/data", ANON, "volume", true, null, null, null, null),
                new MountJson("/var/lib/db", IMAGE_VOLUME, "volume", null, null, null, null, null));
    }

    @Test
    void aNewContainerInheritsNothing() throws Exception {
        images.present.add("e2e/bb:1");
        containers.mounts.put("demo-db-1", OLD_MOUNTS);
        up(Projects.load(dir, STACK.formatted("1", "/data")), false);
        assertThat(containers.bodies.get("demo-db-1").hostConfig().mounts()).containsExactly(
                new MountJson("/data", null, "volume", null, null, null, null, null));
    }
}
