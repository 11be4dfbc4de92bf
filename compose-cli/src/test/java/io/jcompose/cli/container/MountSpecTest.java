package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.MountJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MountSpecTest {

    @Test
    void validMounts() {
        assertThat(MountSpec.of("type=bind,source=/a,target=/b,readonly,bind-propagation=rshared"))
                .isEqualTo(new MountJson("/b", "/a", "bind", true, null,
                        new MountJson.BindOptions("rshared", null, null), null, null));
        assertThat(MountSpec.of("src=data,dst=/data,ro=false,volume-nocopy,volume-label=a=b,volume-subpath=x"))
                .isEqualTo(new MountJson("/data", "data", "volume", false, null, null,
                        new MountJson.VolumeOptions(true, Map.of("a", "b"), "x"), null));
        assertThat(MountSpec.of("type=tmpfs,destination=/t,tmpfs-size=64m,tmpfs-mode=700").tmpfsOptions())
                .isEqualTo(new MountJson.TmpfsOptions(67_108_864L, 0700));
        assertThat(MountSpec.of("type=bind,\"source=/a,b\",target=/c").source()).isEqualTo("/a,b");
    }

    @Test
    void invalidMounts() {
        assertThatThrownBy(() -> MountSpec.of("type=bind,source=/a"))
                .hasMessage("invalid mount: \"type=bind,source=/a\" (target is required)");
        assertThatThrownBy(() -> MountSpec.of("type=nfs,target=/a"))
                .hasMessage("invalid mount: \"type=nfs,target=/a\" (unknown type \"nfs\" (expected bind, volume or "
                        + "tmpfs))");
        assertThatThrownBy(() -> MountSpec.of("target=/a,colour=red"))
                .hasMessage("invalid mount: \"target=/a,colour=red\" (unknown field \"colour\")");
        assertThatThrownBy(() -> MountSpec.of("target"))
                .hasMessage("invalid mount: \"target\" (field \"target\" must be a key=value pair)");
        assertThatThrownBy(() -> MountSpec.of("target=/a,readonly=maybe"))
                .hasMessage("invalid mount: \"target=/a,readonly=maybe\" (field \"readonly\" must be true or false, "
                        + "not \"maybe\")");
        assertThatThrownBy(() -> MountSpec.of("target=\"/a"))
                .hasMessage("invalid mount: \"target=\"/a\" (a quote is not closed)");
        assertThatThrownBy(() -> MountSpec.of("type=tmpfs,target=/a,tmpfs-mode=9"))
                .hasMessage("invalid mount: \"type=tmpfs,target=/a,tmpfs-mode=9\" (tmpfs-mode \"9\" is not an "
                        + "octal mode)");
    }
}
