package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcSysctlTest {

    @Test
    void hostValuesAreFilesAndNamespaceValuesGoThroughIpNetnsExec(@TempDir Path procSys) throws IOException {
        Files.createDirectories(procSys.resolve("net/ipv4"));
        Files.writeString(procSys.resolve("net/ipv4/ip_forward"), "0\n");
        ScriptedIpRunner ip = new ScriptedIpRunner();
        ProcSysctl sysctl = new ProcSysctl(procSys, ip);
        sysctl.enableIpv4Forwarding();
        assertThat(Files.readString(procSys.resolve("net/ipv4/ip_forward"))).isEqualTo("1\n");
        sysctl.setInNamespace("c1", "net.ipv6.conf.all.accept_dad", "0");
        assertThat(ip.calls.getFirst().args()).isEqualTo("netns exec c1 sysctl -q -w net.ipv6.conf.all.accept_dad=0");
        ip.answer(255, "", "sysctl: cannot stat /proc/sys/net/nope: No such file or directory\n");
        assertThatThrownBy(() -> sysctl.setInNamespace("c1", "net.nope", "1")).hasMessage(
                "\"ip netns exec c1 sysctl -q -w net.nope=1\" failed (exit 255): "
                        + "sysctl: cannot stat /proc/sys/net/nope: No such file or directory");
        assertThatThrownBy(() -> sysctl.set("net.ipv4.ip_forward", "1; rm")).hasMessage(
                "invalid sysctl value: \"1; rm\"");
    }
}
