package io.jcompose.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDriverOptionsTest {

    @Test
    void noOptionsIsAPlainDirectory() {
        LocalDriverOptions o = LocalDriverOptions.of(Map.of());
        assertThat(o.mounted()).isFalse();
        assertThat(o.mountArgs()).isEmpty();
        assertThat(LocalDriverOptions.of(null).options()).isEmpty();
    }

    @Test
    void tmpfsWithSizeAndMode() {
        var args = LocalDriverOptions.of(Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=64m,uid=1000,noexec"))
                .mountArgs().orElseThrow();
        assertThat(args).isEqualTo(new LocalDriverOptions.MountArgs("tmpfs", "tmpfs", 8, "size=64m,uid=1000"));
        assertThat(args.bind()).isFalse();
    }

    @Test
    void bindOfAHostPath() {
        var args = LocalDriverOptions.of(Map.of("type", "none", "device", "/srv/data", "o", "bind,ro"))
                .mountArgs().orElseThrow();
        assertThat(args.bind()).isTrue();
        assertThat(args.flags()).isEqualTo(MountOptions.MS_BIND | MountOptions.MS_RDONLY);
        assertThat(args.data()).isEmpty();
        assertThat(args.source()).isEqualTo("/srv/data");
    }

    @Test
    void invalidOptionsGetDockersMessages() {
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("foo", "bar")))
                .hasMessage("invalid option key: \"foo\"");
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("device", "/x")))
                .hasMessage("missing required option: \"type\"");
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("type", "tmpfs")))
                .hasMessage("missing required option: \"device\"");
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("o", "bind")))
                .hasMessage("missing required option: \"device\"");
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("size", "10G")))
                .hasMessage("quota size requested but no quota support");
        assertThatThrownBy(() -> LocalDriverOptions.of(Map.of("type", "tmpfs", "device", "")).mountArgs())
                .hasMessage("missing device in volume options");
    }

    @Test
    void mountOptionWordsBecomeFlagsAndTheRestData() {
        assertThat(MountOptions.of("rbind,rw,nosuid,nodev,size=1g,,mode=1777"))
                .isEqualTo(new MountOptions(MountOptions.MS_BIND | MountOptions.MS_REC | 2 | 4, "size=1g,mode=1777"));
        assertThat(MountOptions.of("ro,rw").flags()).isZero();
        assertThat(MountOptions.of(null)).isEqualTo(new MountOptions(0, ""));
        assertThat(MountOptions.of("addr=127.0.0.1,nfsvers=4")).isEqualTo(new MountOptions(0, "addr=127.0.0.1,nfsvers=4"));
    }
}
