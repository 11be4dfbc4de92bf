package io.jcompose.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostFactsTest {

    @Test
    void readsOsReleaseFieldsQuotedOrNot() {
        List<String> osRelease = List.of("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"", "VERSION_ID=\"12\"", "ID=debian");
        assertThat(HostFacts.osField(osRelease, "PRETTY_NAME", "Linux")).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(HostFacts.osField(osRelease, "ID", "")).isEqualTo("debian");
        assertThat(HostFacts.osField(osRelease, "NAME", "Linux")).isEqualTo("Linux");
    }

    @Test
    void memTotalIsInBytes() {
        assertThat(HostFacts.memTotal(List.of("MemTotal:        8030036 kB", "MemFree: 1 kB"))).isEqualTo(8030036L * 1024);
        assertThat(HostFacts.memTotal(List.of("MemFree: 1 kB"))).isZero();
    }

    @Test
    void architectureIsNamedAsUnameDoes() {
        assertThat(HostFacts.dockerArchitecture("amd64")).isEqualTo("x86_64");
        assertThat(HostFacts.dockerArchitecture("aarch64")).isEqualTo("aarch64");
    }

    @Test
    void thisMachinesFactsAreFilledIn() {
        HostFacts facts = HostFacts.read();
        assertThat(facts.cpus()).isPositive();
        assertThat(facts.memTotal()).isPositive();
        assertThat(facts.cgroupVersion()).isIn("1", "2");
    }
}
