package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.spec.json.MountJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpecMountsTest {

    private static List<String> destinations(List<MountJson> mounts) {
        return mounts.stream().map(MountJson::destination).toList();
    }

    @Test
    void defaultsAreDockersInDockersOrder() {
        List<MountJson> mounts = SpecMounts.defaults(ContainerSpec.DEFAULT_SHM_SIZE, false);
        assertThat(destinations(mounts)).containsExactly(
                "/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm");
        assertThat(mounts.get(3).options()).contains("ro");
        assertThat(mounts.get(6)).isEqualTo(new MountJson("/dev/shm", "tmpfs", "shm",
                List.of("nosuid", "noexec", "nodev", "mode=1777", "size=67108864")));
    }

    @Test
    void privilegedSeesSysWritable() {
        List<MountJson> mounts = SpecMounts.defaults(1024, true);
        assertThat(mounts.get(3).options()).contains("rw").doesNotContain("ro");
        assertThat(mounts.get(4).options()).contains("rw").doesNotContain("ro");
        assertThat(mounts.get(6).options()).contains("size=1024");
    }

    @Test
    void containerMountsReplaceDefaultsAtTheSamePlace() {
        List<MountJson> user = SpecMounts.userMounts(Map.of("/dev/shm", "size=1g"), List.of());
        List<MountJson> all = SpecMounts.order(SpecMounts.defaults(1, false), user);
        assertThat(destinations(all)).containsExactly(
                "/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm");
        assertThat(all.getLast().source()).isEqualTo("tmpfs");
        assertThat(all.getLast().options()).contains("size=1g");
    }

    @Test
    void aMountOnDevReplacesEverythingUnderIt() {
        List<MountJson> user = SpecMounts.userMounts(Map.of(),
                List.of(new ContainerSpec.Mount("bind", "/dev", "/dev", List.of())));
        assertThat(destinations(SpecMounts.order(SpecMounts.defaults(1, false), user)))
                .containsExactly("/proc", "/sys", "/sys/fs/cgroup", "/dev");
    }

    @Test
    void parentsComeBeforeChildrenWhateverTheInputOrder() {
        List<String> paths = List.of("/data", "/data/cache", "/data/cache/a/b", "/var", "/var/lib/x", "/data/logs");
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<ContainerSpec.Mount> mounts = new ArrayList<>();
            for (String path : paths) {
                mounts.add(new ContainerSpec.Mount("bind", "/host" + path, path, List.of()));
            }
            Collections.shuffle(mounts, random);
            List<String> order = destinations(SpecMounts.order(List.of(), SpecMounts.userMounts(Map.of(), mounts)));
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    assertThat(order.get(i)).as("round %d: %s", round, order).doesNotStartWith(order.get(j) + "/");
                }
            }
        }
    }

    @Test
    void bindsGetRbindAndRprivateUnlessGiven() {
        List<MountJson> mounts = SpecMounts.userMounts(Map.of(), List.of(
                new ContainerSpec.Mount("bind", "/srv/a", "/a", List.of("ro")),
                new ContainerSpec.Mount("bind", "/srv/b", "/b/", List.of("bind", "rslave"))));
        assertThat(mounts).containsExactly(
                new MountJson("/a", "bind", "/srv/a", List.of("rbind", "ro", "rprivate")),
                new MountJson("/b", "bind", "/srv/b", List.of("bind", "rslave")));
    }

    @Test
    void tmpfsOptionsMergeOverDockersDefaults() {
        assertThat(TmpfsOptions.merge("")).containsExactly("noexec", "nosuid", "nodev", "rprivate");
        assertThat(TmpfsOptions.merge("exec,size=64m,mode=1777"))
                .containsExactly("nosuid", "nodev", "rprivate", "exec", "size=64m", "mode=1777");
        assertThat(TmpfsOptions.merge(List.of("size=1m", "size=2m", "ro", "rw")))
                .containsExactly("noexec", "nosuid", "nodev", "rprivate", "size=2m", "rw");
        assertThat(SpecMounts.userMounts(Map.of(), List.of(new ContainerSpec.Mount("tmpfs", "", "/run",
                List.of("size=1m")))).getFirst())
                .isEqualTo(new MountJson("/run", "tmpfs", "tmpfs",
                        List.of("noexec", "nosuid", "nodev", "rprivate", "size=1m")));
    }

    @Test
    void otherTypesPassThrough() {
        assertThat(SpecMounts.userMounts(Map.of(), List.of(new ContainerSpec.Mount("proc", "proc", "/x/proc",
                List.of("nosuid")))).getFirst())
                .isEqualTo(new MountJson("/x/proc", "proc", "proc", List.of("nosuid")));
    }

    @Test
    void badDestinationsFailAsInDocker() {
        assertThatThrownBy(() -> SpecMounts.userMounts(Map.of(), List.of(
                new ContainerSpec.Mount("bind", "/srv", "data", List.of()))))
                .isInstanceOf(SpecException.class)
                .hasMessage("invalid mount config for type \"bind\": invalid mount path: 'data' mount path must be absolute");
        assertThatThrownBy(() -> SpecMounts.userMounts(Map.of("/..", ""), List.of()))
                .hasMessage("invalid specification: destination can't be '/'");
        List<MountJson> twice = SpecMounts.userMounts(Map.of("/data", ""), List.of(
                new ContainerSpec.Mount("bind", "/srv", "/data/", List.of())));
        assertThatThrownBy(() -> SpecMounts.order(List.of(), twice)).hasMessage("Duplicate mount point: /data");
    }
}
