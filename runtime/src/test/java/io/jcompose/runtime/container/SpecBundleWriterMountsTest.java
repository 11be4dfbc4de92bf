package io.jcompose.runtime.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.runtime.container.spec.ContainerSpec;
import io.jcompose.runtime.container.spec.SpecHost;
import io.jcompose.runtime.sys.FakeNative;
import io.jcompose.runtime.volume.VolumeMounts;
import io.jcompose.runtime.volume.VolumeStore;
import io.jcompose.runtime.volume.Volumes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** How a create request's Binds, Mounts and declared Volumes become the OCI mounts, volumes included. */
class SpecBundleWriterMountsTest {

    private static final SpecHost HOST = new SpecHost(40, true, 2, false);
    private static final ContainerId ID = new ContainerId("c".repeat(64));

    @TempDir
    Path dir;
    private Path rootfs;
    private Volumes volumes;
    private SpecBundleWriter writer;

    @BeforeEach
    void setUp() throws Exception {
        rootfs = Files.createDirectories(dir.resolve("rootfs"));
        volumes = new Volumes(VolumeStore.open(dir.resolve("state")), List::of, new FakeNative(),
                Clock.systemUTC(), new Random(3));
        writer = new SpecBundleWriter(HOST, volumes);
    }

    @Test
    void volumesBecomeBindsOfTheirDataSortedParentsFirst() throws Exception {
        List<ContainerSpec.Mount> mounts = writer.mounts(record("""
                {"Image": "bb", "Volumes": {"/cache": {}},
                 "HostConfig": {"Binds": ["data:/srv/data/db:ro", "%s:/srv"],
                   "Mounts": [{"Type": "volume", "Source": "logs", "Target": "/var/log"},
                              {"Type": "volume", "Target": "/scratch", "VolumeOptions": {"NoCopy": true}}]}}
                """.formatted(dir)), Set.of("/srv/data", "/var/log"), rootfs);
        Path volumesDir = dir.resolve("state/volumes");
        assertThat(mounts).extracting(ContainerSpec.Mount::destination)
                .containsExactly("/srv", "/scratch", "/cache", "/var/log", "/srv/data", "/srv/data/db");
        assertThat(mounts.getLast()).isEqualTo(new ContainerSpec.Mount("bind",
                volumesDir.resolve("data/_data").toString(), "/srv/data/db", List.of("rbind", "ro", "rprivate")));
        assertThat(mounts.get(3)).isEqualTo(new ContainerSpec.Mount("bind",
                volumesDir.resolve("logs/_data").toString(), "/var/log", List.of("rbind", "rprivate")));
        assertThat(mounts.get(0)).isEqualTo(new ContainerSpec.Mount("bind", dir.toString(), "/srv",
                List.of("rbind", "rprivate")));
        assertThat(volumes.list()).hasSize(5);
        assertThat(volumes.list()).filteredOn(r -> r.anonymous()).extracting(r -> r.owner().target())
                .containsExactlyInAnyOrder("/scratch", "/cache", "/srv/data");
    }

    @Test
    void tmpfsAndExplicitMountsCoverDeclaredVolumes() throws Exception {
        List<ContainerSpec.Mount> mounts = writer.mounts(record("""
                {"Image": "bb", "Volumes": {"/data": {}, "/run": {}},
                 "HostConfig": {"Binds": ["named:/data"], "Tmpfs": {"/run": ""}}}"""), Set.of("/data"), rootfs);
        assertThat(mounts).extracting(ContainerSpec.Mount::destination).containsExactly("/data");
        assertThat(volumes.list()).extracting(r -> r.name()).containsExactly("named");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Binds\": [\"data:/x\", \"other:/x\"]}                 | Duplicate mount point: /x",
            "{\"Binds\": [\"./src:/app\"]}                            | create ./src: \"./src\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
            "{\"Binds\": [\"data\"]}                                  | invalid volume specification: 'data'",
            "{\"Binds\": [\"data:/d:bogus\"]}                         | invalid mode: bogus in 'data:/d:bogus'",
            "{\"Mounts\": [{\"Type\": \"volume\", \"Source\": \"vol\", \"Target\": \"rel\"}]} | invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute",
            "{\"Mounts\": [{\"Type\": \"volume\", \"Source\": \"vol\"}]}  | invalid mount config for type \"volume\": field Target must not be empty",
            "{\"Mounts\": [{\"Type\": \"volume\", \"Source\": \"vol\", \"Target\": \"/v\", \"VolumeOptions\": {\"Subpath\": \"../x\"}}]} | invalid mount config for type \"volume\": subpath must be a relative path within the volume: '../x'",
            "{\"Mounts\": [{\"Type\": \"npipe\", \"Source\": \"vol\", \"Target\": \"/v\"}]} | mount type \"npipe\" for /v is not supported by this engine yet (bind, tmpfs and volume are)"})
    void invalidMountsFailWithDockersMessages(String hostConfig, String message) {
        assertThatThrownBy(() -> writer.mounts(record("{\"Image\": \"bb\", \"HostConfig\": " + hostConfig + "}"),
                Set.of(), rootfs)).isInstanceOf(ContainerException.class).hasMessage(message)
                .extracting(e -> ((ContainerException) e).kind()).isEqualTo(ContainerException.Kind.INVALID);
    }

    @Test
    void withoutVolumesNamedMountsAreRefusedAndImageVolumesLeftInTheRoot() throws Exception {
        SpecBundleWriter plain = new SpecBundleWriter(HOST, VolumeMounts.NONE);
        assertThat(plain.mounts(record("{\"Image\": \"bb\", \"Volumes\": {\"/v\": {}}}"), Set.of("/data"), rootfs))
                .isEmpty();
        assertThatThrownBy(() -> plain.mounts(record("{\"Image\": \"bb\", \"HostConfig\": {\"Binds\": [\"db:/db\"]}}"),
                Set.of(), rootfs)).hasMessage("volume mount at /db: named volumes are not supported by this engine"
                + " yet; use a bind mount of an absolute path");
    }

    private static ContainerRecord record(String json) {
        ContainerCreateJson request = new JsonMapper().readValue(json, ContainerCreateJson.class);
        return new ContainerRecord(ID, ContainerName.of("box"), Instant.EPOCH, "bb", "sha256:" + "0".repeat(64),
                request, "sh", List.of(), ContainerState.created());
    }
}
