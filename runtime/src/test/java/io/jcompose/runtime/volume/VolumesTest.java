package io.jcompose.runtime.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.sys.FakeNative;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The volume service with fake mounts and a list of containers: store, names, in-use refusal, prune, attach. */
class VolumesTest {

    private static final String C1 = "1".repeat(64);
    private static final String C2 = "2".repeat(64);

    @TempDir
    Path dir;
    private final FakeNative sys = new FakeNative();
    private final List<VolumeUser> users = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private Volumes volumes;

    @BeforeEach
    void open() throws Exception {
        volumes = new Volumes(VolumeStore.open(dir), () -> List.copyOf(users), sys, clock, new Random(1));
    }

    @Test
    void createWritesTheRecordAndDataDirectoryAndSurvivesAReopen() throws Exception {
        VolumeRecord r = volumes.create("data", "local", Map.of(), Map.of("a", "b"));
        assertThat(r.name()).isEqualTo("data");
        assertThat(r.driver()).isEqualTo("local");
        assertThat(r.mountpoint()).isEqualTo(dir.resolve("volumes/data/_data").toString());
        assertThat(r.created()).isEqualTo(clock.instant());
        assertThat(dir.resolve("volumes/data/_data")).isDirectory();
        assertThat(dir.resolve("volumes/data/volume.json")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(dir.resolve("volumes/data/_data")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_READ, GROUP_EXECUTE, OTHERS_READ, OTHERS_EXECUTE]");
        Volumes reopened = new Volumes(VolumeStore.open(dir), List::of, sys, clock, new Random(2));
        assertThat(reopened.get("data")).isEqualTo(r);
    }

    @Test
    void createOfAnExistingNameReturnsItAndAnEmptyNameGetsARandomOne() throws Exception {
        VolumeRecord first = volumes.create("data", null, Map.of(), Map.of("v", "1"));
        assertThat(volumes.create("data", "local", Map.of(), Map.of("v", "2"))).isEqualTo(first);
        VolumeRecord random = volumes.create("", null, null, null);
        assertThat(random.name()).matches("[0-9a-f]{64}");
        assertThat(random.anonymous()).isFalse();
    }

    @Test
    void createRefusesBadNamesOptionsAndOtherDrivers() {
        assertThatThrownBy(() -> volumes.create("a/b", null, Map.of(), Map.of())).hasMessage("create a/b: \"a/b\""
                + " includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are"
                + " allowed. If you intended to pass a host directory, use absolute path");
        assertThatThrownBy(() -> volumes.create("data", null, Map.of("x", "y"), Map.of()))
                .hasMessage("create data: invalid option key: \"x\"");
        assertThatThrownBy(() -> volumes.create("data", "nfs", Map.of(), Map.of()))
                .hasMessage("error looking up volume plugin nfs: plugin \"nfs\" not found")
                .extracting(e -> ((VolumeException) e).kind()).isEqualTo(VolumeException.Kind.NOT_FOUND);
        assertThat(dir.resolve("volumes")).isEmptyDirectory();
    }

    @Test
    void anInUseVolumeRefusesRemovalEvenWithForce() throws Exception {
        volumes.create("data", null, Map.of(), Map.of());
        users.add(new VolumeUser(C2, false, Set.of("data")));
        users.add(new VolumeUser(C1, true, Set.of("data", "other")));
        assertThat(volumes.usedBy("data")).containsExactly(C1, C2);
        for (boolean force : List.of(false, true)) {
            assertThatThrownBy(() -> volumes.remove("data", force))
                    .hasMessage("remove data: volume is in use - [" + C1 + ", " + C2 + "]")
                    .extracting(e -> ((VolumeException) e).kind()).isEqualTo(VolumeException.Kind.CONFLICT);
        }
        users.clear();
        volumes.remove("data", false);
        assertThat(dir.resolve("volumes/data")).doesNotExist();
        assertThatThrownBy(() -> volumes.get("data")).hasMessage("get data: no such volume");
    }

    @Test
    void removingAMissingVolumeFailsUnlessForced() throws Exception {
        assertThatThrownBy(() -> volumes.remove("nope", false)).hasMessage("get nope: no such volume");
        volumes.remove("nope", true);
    }

    @Test
    void pruneRemovesUnusedVolumesTheFilterAcceptsAndCountsTheirBytes() throws Exception {
        volumes.create("keep", null, Map.of(), Map.of());
        volumes.create("used", null, Map.of(), Map.of());
        Path anon = volumes.attach(C1, VolumeMount.anonymous("/cache"), Files.createDirectories(dir.resolve("root")));
        Files.write(anon.resolve("f"), new byte[1000]);
        Files.createLink(anon.resolve("g"), anon.resolve("f"));
        users.add(new VolumeUser(C2, false, Set.of("used")));
        PruneReport anonymousOnly = volumes.prune(VolumeRecord::anonymous);
        assertThat(anonymousOnly.deleted()).containsExactly(anon.getParent().getFileName().toString());
        assertThat(anonymousOnly.spaceReclaimed()).isEqualTo(1000);
        PruneReport all = volumes.prune(r -> true);
        assertThat(all.deleted()).containsExactly("keep");
        assertThat(volumes.list()).extracting(VolumeRecord::name).containsExactly("used");
    }

    @Test
    void anAnonymousVolumeIsTheContainersUntilRemovedWithIt() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path first = volumes.attach(C1, VolumeMount.anonymous("/cache"), root);
        assertThat(volumes.attach(C1, VolumeMount.anonymous("/cache"), root)).isEqualTo(first);
        Path other = volumes.attach(C2, VolumeMount.anonymous("/cache"), root);
        assertThat(other).isNotEqualTo(first);
        String name = first.getParent().getFileName().toString();
        VolumeRecord record = volumes.get(name);
        assertThat(record.anonymous()).isTrue();
        assertThat(record.labels()).containsEntry("com.docker.volume.anonymous", "");
        assertThat(record.owner()).isEqualTo(new VolumeRecord.Owner(C1, "/cache"));
        users.add(new VolumeUser(C1, false, Set.of()));
        assertThat(volumes.usedBy(name)).containsExactly(C1);
        assertThat(volumes.prune(r -> true).deleted()).containsExactly(other.getParent().getFileName().toString());
        users.clear();
        assertThat(volumes.removeAnonymous(C1)).containsExactly(name);
        assertThat(volumes.list()).isEmpty();
    }

    @Test
    void prepareCreatesTheNamedVolumesOfACreateRequest() throws Exception {
        HostConfigJson host = new JsonMapper().readValue("""
                {"Binds": ["/srv:/srv", "data:/data:ro"],
                 "Mounts": [{"Type": "volume", "Source": "logs", "Target": "/logs"},
                            {"Type": "volume", "Target": "/anon"}, {"Type": "tmpfs", "Target": "/tmp"}]}""",
                HostConfigJson.class);
        volumes.prepare(host);
        assertThat(volumes.list()).extracting(VolumeRecord::name).containsExactly("data", "logs");
        assertThat(ContainerVolumes.names(host)).containsExactlyInAnyOrder("data", "logs");
        HostConfigJson bad = new JsonMapper().readValue("{\"Binds\": [\"./x:/x\"]}", HostConfigJson.class);
        assertThatThrownBy(() -> volumes.prepare(bad)).hasMessageStartingWith("create ./x: \"./x\" includes");
        assertThat(ContainerVolumes.names(bad)).isEmpty();
    }

    @Test
    void deviceVolumesAreMountedAtFirstUseAndUnmountedWhenUnused() throws Exception {
        volumes.create("fast", null, Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=1m"), Map.of());
        Path root = Files.createDirectories(dir.resolve("root"));
        Path data = volumes.attach(C1, VolumeMount.ofBind("fast:/fast").orElseThrow(), root);
        assertThat(sys.mounts()).containsEntry(data, "tmpfs tmpfs size=1m");
        volumes.attach(C2, VolumeMount.ofBind("fast:/fast").orElseThrow(), root);
        users.add(new VolumeUser(C1, true, Set.of("fast")));
        volumes.releaseUnused();
        assertThat(sys.mounts()).containsKey(data);
        users.set(0, new VolumeUser(C1, false, Set.of("fast")));
        volumes.released(C1);
        assertThat(sys.mounts()).as("held by C2, which is starting").containsKey(data);
        volumes.released(C2);
        assertThat(sys.mounts()).isEmpty();
        users.clear();
        volumes.attach(C1, VolumeMount.ofBind("fast:/fast").orElseThrow(), root);
        volumes.remove("fast", false);
        assertThat(sys.mounts()).isEmpty();
        assertThat(sys.calls()).containsExactly("mount " + data, "umount " + data, "mount " + data, "umount " + data);
    }

    @Test
    void aBindVolumeOfAMissingHostPathFailsToMount() throws Exception {
        volumes.create("host", null, Map.of("type", "none", "device", dir + "/nope", "o", "bind"), Map.of());
        Path data = dir.resolve("volumes/host/_data");
        assertThatThrownBy(() -> volumes.attach(C1, VolumeMount.ofBind("host:/h").orElseThrow(), dir))
                .hasMessage("error while mounting volume '" + data + "': failed to mount local volume: mount "
                        + dir + "/nope:" + data + ": no such file or directory");
    }

    @Test
    void subpathsMustExistAndStayInside() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path data = volumes.attach(C1, VolumeMount.ofBind("data:/d").orElseThrow(), root);
        Files.createDirectories(data.resolve("sub"));
        Files.createSymbolicLink(data.resolve("out"), Path.of("/etc"));
        Files.createDirectories(data.resolve("etc"));
        assertThat(volumes.attach(C1, VolumeMount.ofMount("data", "/s", false, false, "sub"), root))
                .isEqualTo(data.resolve("sub"));
        assertThat(volumes.attach(C1, VolumeMount.ofMount("data", "/s", false, false, "out"), root))
                .as("an absolute link resolves inside the volume").isEqualTo(data.resolve("etc"))
                .isNotEqualTo(Path.of("/etc"));
        assertThatThrownBy(() -> volumes.attach(C1, VolumeMount.ofMount("data", "/s", false, false, "gone"), root))
                .hasMessage("cannot mount volume data at /s: subpath \"gone\" does not exist in the volume");
    }

    @Test
    void copyUpFillsAnEmptyVolumeOnceFromTheImageUnlessNocopy() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(root.resolve("etc/conf.d"));
        Files.writeString(root.resolve("etc/conf.d/a.conf"), "a=1\n");
        Files.createSymbolicLink(root.resolve("link"), Path.of("/etc"));
        Path data = volumes.attach(C1, VolumeMount.ofBind("cfg:/link").orElseThrow(), root);
        assertThat(data.resolve("conf.d/a.conf")).hasContent("a=1");
        Files.writeString(data.resolve("conf.d/a.conf"), "changed\n");
        volumes.attach(C2, VolumeMount.ofBind("cfg:/etc").orElseThrow(), root);
        assertThat(data.resolve("conf.d/a.conf")).as("a volume with data is never overwritten").hasContent("changed");
        Path none = volumes.attach(C1, VolumeMount.ofBind("empty:/etc:nocopy").orElseThrow(), root);
        assertThat(none).isEmptyDirectory();
        Path missing = volumes.attach(C1, VolumeMount.ofBind("fresh:/not/in/image").orElseThrow(), root);
        assertThat(missing).isEmptyDirectory();
    }

    @Test
    void scopedPathsNeverLeaveTheRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(root.resolve("real/dir"));
        Files.createSymbolicLink(root.resolve("abs"), Path.of("/real"));
        Files.createSymbolicLink(root.resolve("up"), Path.of("../../../.."));
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        assertThat(ScopedPath.resolve(root, "/abs/dir")).isEqualTo(root.resolve("real/dir"));
        assertThat(ScopedPath.resolve(root, "/up/real")).isEqualTo(root.resolve("real"));
        assertThat(ScopedPath.resolve(root, "/../../x")).isEqualTo(root.resolve("x"));
        assertThatThrownBy(() -> ScopedPath.resolve(root, "/loop"))
                .hasMessage("resolving /loop under " + root + ": too many levels of symbolic links");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
