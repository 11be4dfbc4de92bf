package io.jcompose.runtime.volume;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.sys.FakeNative;
import io.jcompose.volumes.VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Inspect's {@code Mounts} from a container's host config and its volumes; adoption of orphaned anonymous ones. */
class MountPointsTest {

    private static final String C1 = "1".repeat(64);
    private static final String C2 = "2".repeat(64);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private final List<VolumeUser> users = new ArrayList<>();
    private Volumes volumes;
    private Path root;

    @BeforeEach
    void open() throws Exception {
        volumes = new Volumes(VolumeStore.open(dir), () -> List.copyOf(users), new FakeNative(), Clock.systemUTC(),
                new Random(1));
        root = Files.createDirectories(dir.resolve("root"));
    }

    private static HostConfigJson host(String json) {
        return JSON.readValue(json, HostConfigJson.class);
    }

    @Test
    void bindsVolumesAndTmpfsAreShownAsDockerShowsThem() throws Exception {
        HostConfigJson host = host("""
                {"Binds": ["/srv/site:/site:ro", "data:/data", "/cache"],
                 "Mounts": [{"Type": "bind", "Source": "/etc/app", "Target": "/conf",
                             "BindOptions": {"Propagation": "rslave"}},
                            {"Type": "volume", "Target": "/anon"},
                            {"Type": "tmpfs", "Target": "/run"}]}""");
        volumes.prepare(host);
        Path cache = volumes.attach(C1, VolumeMount.anonymous("/cache"), root);
        Path image = volumes.attach(C1, VolumeMount.anonymous("/var/lib/db"), root);
        String cacheName = cache.getParent().getFileName().toString();
        String imageName = image.getParent().getFileName().toString();
        assertThat(volumes.mountPoints(C1, host)).containsExactly(
                new MountPointJson("bind", null, "/srv/site", "/site", null, "ro", false, "rprivate"),
                new MountPointJson("volume", "data", dir.resolve("volumes/data/_data").toString(), "/data", "local",
                        "z", true, ""),
                new MountPointJson("volume", cacheName, cache.toString(), "/cache", "local", "z", true, ""),
                new MountPointJson("bind", null, "/etc/app", "/conf", null, "", true, "rslave"),
                new MountPointJson("tmpfs", null, "", "/run", null, "", true, ""),
                new MountPointJson("volume", imageName, image.toString(), "/var/lib/db", "local", "", true, ""));
    }

    @Test
    void anAnonymousVolumeIsShownOnceMadeAndNotForOtherContainers() throws Exception {
        HostConfigJson host = host("{\"Mounts\": [{\"Type\": \"volume\", \"Target\": \"/anon\"}]}");
        assertThat(volumes.mountPoints(C1, host)).isEmpty();
        Path anon = volumes.attach(C1, VolumeMount.anonymous("/anon"), root);
        assertThat(volumes.mountPoints(C1, host)).extracting(MountPointJson::name)
                .containsExactly(anon.getParent().getFileName().toString());
        assertThat(volumes.mountPoints(C2, host)).isEmpty();
        assertThat(volumes.mountPoints(C2, null)).isEmpty();
    }

    @Test
    void anOrphanedAnonymousVolumeMountedByNameBecomesTheNewContainers() throws Exception {
        Path old = volumes.attach(C1, VolumeMount.anonymous("/data"), root);
        String name = old.getParent().getFileName().toString();
        Files.writeString(old.resolve("kept"), "x");
        HostConfigJson host = host("{\"Mounts\": [{\"Type\": \"volume\", \"Source\": \"" + name
                + "\", \"Target\": \"/data\"}]}");
        users.add(new VolumeUser(C1, false, Set.of()));
        users.add(new VolumeUser(C2, false, Set.of(name)));
        assertThat(volumes.adopt(C2, host)).as("the owner still exists").isEmpty();
        users.removeFirst();
        assertThat(volumes.adopt(C2, host)).containsExactly(name);
        assertThat(volumes.get(name).owner()).isEqualTo(new VolumeRecord.Owner(C2, "/data"));
        assertThat(volumes.get(name).anonymous()).isTrue();
        assertThat(volumes.attach(C2, VolumeMount.ofMount(name, "/data", false, false, null), root)).isEqualTo(old);
        assertThat(old.resolve("kept")).hasContent("x");
        assertThat(volumes.mountPoints(C2, host)).extracting(MountPointJson::name).containsExactly(name);
        users.clear();
        assertThat(volumes.removeAnonymous(C2)).containsExactly(name);
        assertThat(volumes.list()).isEmpty();
    }

    @Test
    void namedVolumesAreNeverAdopted() throws Exception {
        volumes.create("data", "local", null, null);
        HostConfigJson host = host("{\"Binds\": [\"data:/data\"]}");
        assertThat(volumes.adopt(C2, host)).isEmpty();
        assertThat(volumes.get("data").owner()).isNull();
    }
}
