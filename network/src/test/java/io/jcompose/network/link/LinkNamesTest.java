package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"eth0", "br-0123456789ab", "veth1a2b3c4", "jt-deadbeef", "docker0", "a.b_c@d"})
    void validInterfaceNames(String name) {
        assertThat(LinkNames.interfaceName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "br-0123456789abc", "eth 0", "a/b", ".", "..", "eth0;reboot"})
    void invalidInterfaceNames(String name) {
        assertThatThrownBy(() -> LinkNames.interfaceName(name)).hasMessage("invalid interface name \"" + name
                + "\": expected 1 to 15 characters of letters, digits, '_', '.', '@' or '-'");
    }

    @Test
    void randomVethsAreElevenCharactersAndDiffer() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String name = LinkNames.randomVeth(random);
            assertThat(name).matches("veth[0-9a-f]{7}");
            seen.add(name);
        }
        assertThat(seen).hasSize(1000);
        assertThat(LinkNames.containerInterface(2)).isEqualTo("eth2");
    }
}
