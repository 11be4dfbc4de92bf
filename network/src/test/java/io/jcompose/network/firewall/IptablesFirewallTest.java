package io.jcompose.network.firewall;

import io.jcompose.network.link.ProcSysctl;
import io.jcompose.network.link.Sysctl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batches IptablesFirewall sends, against a scripted iptables-save. */
class IptablesFirewallTest {

    private final List<String> batches = new ArrayList<>();
    private final Map<String, String> sysctls = new HashMap<>(Map.of("net.ipv4.ip_forward", "0"));
    private String saved = "";

    private final CommandRunner runner = (argv, stdin) -> {
        if (argv.getFirst().endsWith("-save")) {
            return new CommandRunner.Result(0, saved, "");
        }
        batches.add(String.join(" ", argv) + "\n" + stdin);
        return new CommandRunner.Result(stdin.contains("bad") ? 1 : 0, "", "iptables-restore: line 2 failed");
    };

    private final Sysctl sysctl = new Sysctl() {
        @Override
        public String get(String key) {
            return sysctls.get(key);
        }

        @Override
        public void set(String key, String value) {
            sysctls.put(key, value);
        }

        @Override
        public void setInNamespace(String namespace, String key, String value) {
            throw new UnsupportedOperationException("the firewall sets no namespace parameters");
        }
    };

    private final IptablesFirewall fw = new IptablesFirewall(runner, sysctl, "JC");

    @Test
    void theFirstBaseCreatesChainsAndJumpsInOneBatch() throws IOException {
        fw.ensureBase();
        assertThat(sysctls).containsEntry("net.ipv4.ip_forward", "1");
        assertThat(batches).containsExactly("""
                iptables-restore --noflush
                *filter
                :JC-FORWARD - [0:0]
                :JC-ISOLATION-1 - [0:0]
                :JC-ISOLATION-2 - [0:0]
                :JC-PORTS - [0:0]
                -I FORWARD 1 -j JC-FORWARD
                -A JC-FORWARD -j JC-ISOLATION-1
                -A JC-FORWARD -j JC-PORTS
                COMMIT
                *nat
                :JC-PREROUTING - [0:0]
                :JC-DNAT - [0:0]
                :JC-POSTROUTING - [0:0]
                -I PREROUTING 1 -m addrtype --dst-type LOCAL -j JC-PREROUTING
                -I OUTPUT 1 ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j JC-DNAT
                -I POSTROUTING 1 -j JC-POSTROUTING
                -A JC-PREROUTING -j JC-DNAT
                COMMIT
                """);
    }

    @Test
    void onlyMissingRulesAreAddedAndOnlyPresentOnesRemoved() throws IOException {
        saved = """
                *filter
                :FORWARD ACCEPT [0:0]
                :JC-FORWARD - [0:0]
                :JC-ISOLATION-1 - [0:0]
                :JC-ISOLATION-2 - [0:0]
                :JC-PORTS - [0:0]
                -A FORWARD -j JC-FORWARD
                -A JC-FORWARD -j JC-ISOLATION-1
                -A JC-FORWARD -j JC-PORTS
                -A JC-FORWARD -o br-x -j DROP
                COMMIT
                *nat
                :PREROUTING ACCEPT [0:0]
                :JC-PREROUTING - [0:0]
                :JC-DNAT - [0:0]
                :JC-POSTROUTING - [0:0]
                -A PREROUTING -m addrtype --dst-type LOCAL -j JC-PREROUTING
                -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j JC-DNAT
                -A POSTROUTING -j JC-POSTROUTING
                -A JC-PREROUTING -j JC-DNAT
                COMMIT
                """;
        fw.ensureBase();
        assertThat(batches).isEmpty();
        fw.addNetwork("br-x", Cidr.parse("10.1.0.0/24"), true, true);
        assertThat(batches).containsExactly("""
                iptables-restore --noflush
                *filter
                -A JC-ISOLATION-1 -i br-x ! -o br-x -j DROP
                -A JC-ISOLATION-1 ! -i br-x -o br-x -j DROP
                -A JC-FORWARD -i br-x -o br-x -j ACCEPT
                COMMIT
                *nat
                -I JC-PREROUTING 1 -i br-x -j RETURN
                COMMIT
                """);
        batches.clear();
        fw.removeNetwork("br-x", Cidr.parse("10.1.0.0/24"), true, true);
        assertThat(batches).containsExactly("""
                iptables-restore --noflush
                *filter
                -D JC-FORWARD -o br-x -j DROP
                COMMIT
                """);
    }

    @Test
    void removeBaseDeletesJumpsThenFlushesAndDeletesOurChains() throws IOException {
        saved = """
                *filter
                :FORWARD ACCEPT [0:0]
                :JC-FORWARD - [0:0]
                :OTHER - [0:0]
                -A FORWARD -j JC-FORWARD
                -A FORWARD -j OTHER
                COMMIT
                """;
        fw.removeBase();
        assertThat(batches).containsExactly("""
                iptables-restore --noflush
                *filter
                -D FORWARD -j JC-FORWARD
                -F JC-FORWARD
                -X JC-FORWARD
                COMMIT
                """, """
                ip6tables-restore --noflush
                *filter
                -D FORWARD -j JC-FORWARD
                -F JC-FORWARD
                -X JC-FORWARD
                COMMIT
                """);
    }

    @Test
    void aFailedRestoreSaysWhatItSent() {
        assertThatThrownBy(() -> fw.addNetwork("bad", Cidr.parse("10.1.0.0/24"), false, true))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("iptables-restore failed (exit 1): iptables-restore: line 2 failed\n*filter");
    }
}
