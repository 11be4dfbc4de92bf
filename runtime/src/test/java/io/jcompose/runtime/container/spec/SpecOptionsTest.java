package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security options, ulimits and sysctls: the small settings with Docker's checks. */
class SpecOptionsTest {

    @Test
    void noNewPrivilegesInEveryForm() {
        for (String on : List.of("no-new-privileges", "no-new-privileges:true", "no-new-privileges=true")) {
            assertThat(SecurityOptions.parse(List.of(on)).noNewPrivileges()).as(on).isTrue();
        }
        assertThat(SecurityOptions.parse(List.of("no-new-privileges", "no-new-privileges:false")).noNewPrivileges())
                .isFalse();
        assertThat(SecurityOptions.parse(List.of())).isEqualTo(new SecurityOptions(false, false));
    }

    @Test
    void acceptedAndIgnoredOrRefused() {
        assertThat(SecurityOptions.parse(List.of("seccomp=unconfined", "apparmor=unconfined", "label=disable",
                "systempaths=unconfined"))).isEqualTo(new SecurityOptions(false, true));
        assertThatThrownBy(() -> SecurityOptions.parse(List.of("seccomp=/etc/profile.json")))
                .isInstanceOf(SpecException.class)
                .hasMessage("security option \"seccomp=/etc/profile.json\" is not supported: "
                        + "jcompose applies no seccomp profile yet");
        assertThatThrownBy(() -> SecurityOptions.parse(List.of("bogus")))
                .hasMessage("invalid --security-opt 1: \"bogus\"");
        assertThatThrownBy(() -> SecurityOptions.parse(List.of("foo=bar")))
                .hasMessage("invalid --security-opt 2: \"foo=bar\"");
    }

    @Test
    void onlyAskedUlimitsBecomeRlimits() {
        assertThat(Rlimits.of(List.of())).isNull();
        assertThat(Rlimits.of(List.of(new ContainerSpec.Ulimit("nofile", 1024, 2048),
                new ContainerSpec.Ulimit("core", -1, -1), new ContainerSpec.Ulimit("NOFILE", 10, 20))))
                .containsExactly(
                        new ProcessJson.Rlimit("RLIMIT_CORE", new BigInteger("18446744073709551615"),
                                new BigInteger("18446744073709551615")),
                        new ProcessJson.Rlimit("RLIMIT_NOFILE", BigInteger.valueOf(20), BigInteger.valueOf(10)));
    }

    @Test
    void badUlimitsFailAsInDocker() {
        assertThatThrownBy(() -> Rlimits.of(List.of(new ContainerSpec.Ulimit("as", 1, 1))))
                .isInstanceOf(SpecException.class).hasMessage("invalid ulimit type: as");
        assertThatThrownBy(() -> Rlimits.of(List.of(new ContainerSpec.Ulimit("nproc", 20, 10))))
                .hasMessage("ulimit soft limit must be less than or equal to hard limit: 20 > 10");
    }

    @Test
    void onlyNamespacedSysctls() {
        assertThat(Sysctls.of(Map.of())).isNull();
        assertThat(Sysctls.of(Map.of("net.ipv4.ip_forward", "1", "kernel.shmmax", "1", "fs.mqueue.msg_max", "10")))
                .containsExactly(Map.entry("fs.mqueue.msg_max", "10"), Map.entry("kernel.shmmax", "1"),
                        Map.entry("net.ipv4.ip_forward", "1"));
        assertThatThrownBy(() -> Sysctls.of(Map.of("vm.swappiness", "1")))
                .isInstanceOf(SpecException.class).hasMessage("sysctl 'vm.swappiness' is not allowed");
    }
}
