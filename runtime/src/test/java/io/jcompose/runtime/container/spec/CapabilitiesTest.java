package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

    private static final int LAST_CAP = 40;

    @Test
    void dockersDefaultsAreTheFourteen() {
        List<String> caps = Capabilities.of(List.of(), List.of(), false, LAST_CAP);
        assertThat(caps).isEqualTo(Capabilities.DOCKER_DEFAULTS).hasSize(14);
        long mask = 0;
        for (String cap : caps) {
            mask |= 1L << Capabilities.KNOWN.indexOf(cap);
        }
        assertThat(Long.toHexString(mask)).isEqualTo("a80425fb");
    }

    @Test
    void addAcceptsAnyCaseWithOrWithoutPrefix() {
        assertThat(Capabilities.of(List.of("net_admin", "CAP_SYS_PTRACE", "chown"), List.of(), false, LAST_CAP))
                .endsWith("CAP_NET_ADMIN", "CAP_SYS_PTRACE").hasSize(16);
    }

    @Test
    void dropRemovesFromTheDefaults() {
        assertThat(Capabilities.of(List.of(), List.of("NET_RAW", "cap_mknod"), false, LAST_CAP))
                .hasSize(12).doesNotContain("CAP_NET_RAW", "CAP_MKNOD");
    }

    @Test
    void dropAllKeepsOnlyWhatIsAdded() {
        assertThat(Capabilities.of(List.of("NET_BIND_SERVICE"), List.of("ALL"), false, LAST_CAP))
                .containsExactly("CAP_NET_BIND_SERVICE");
        assertThat(Capabilities.of(List.of(), List.of("all"), false, LAST_CAP)).isEmpty();
    }

    @Test
    void addAllGivesEveryCapabilityButTheDropped() {
        List<String> expected = new ArrayList<>(Capabilities.all(LAST_CAP));
        expected.remove("CAP_SYS_ADMIN");
        assertThat(Capabilities.of(List.of("ALL"), List.of("SYS_ADMIN"), false, LAST_CAP)).isEqualTo(expected);
    }

    @Test
    void privilegedGetsAllTheKernelHasWhateverIsDropped() {
        assertThat(Capabilities.of(List.of(), List.of("ALL"), true, LAST_CAP)).hasSize(41);
        assertThat(Capabilities.of(List.of(), List.of(), true, 37)).hasSize(38).endsWith("CAP_AUDIT_READ");
    }

    @Test
    void unknownNamesFailAsInDocker() {
        assertThatThrownBy(() -> Capabilities.of(List.of("FLY"), List.of(), false, LAST_CAP))
                .isInstanceOf(SpecException.class).hasMessage("unknown capability: \"CAP_FLY\"");
        assertThatThrownBy(() -> Capabilities.of(List.of(), List.of("cap_nope"), false, LAST_CAP))
                .hasMessage("unknown capability: \"CAP_NOPE\"");
    }
}
