package io.jcompose.network.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortHoldersTest {

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode\n";

    @TempDir
    Path proc;

    @Test
    void namesTheProcessListeningOnThePort() throws IOException {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/tcp"), HEADER
                + "   0: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 111 1\n"
                + "   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1\n");
        Files.writeString(proc.resolve("net/udp"), HEADER
                + "   0: 00000000:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 777 2\n");
        process(1234, "nginx", "socket:[4242]");
        process(99, "dnsd", "socket:[777]");
        process(5, "other", "socket:[1]");

        PortHolders holders = new PortHolders(proc, 1);
        assertThat(holders.holder(Protocol.TCP, 8080)).contains("PID 1234 (nginx)");
        assertThat(holders.holder(Protocol.UDP, 5353)).contains("PID 99 (dnsd)");
        assertThat(holders.holder(Protocol.TCP, 8081)).isEmpty();
        assertThat(new PortHolders(proc, 1234).holder(Protocol.TCP, 8080)).as("this process itself").isEmpty();
    }

    @Test
    void anUnreadableProcIsNoHolder() {
        assertThat(new PortHolders(proc.resolve("missing"), 1).holder(Protocol.TCP, 80)).isEmpty();
    }

    private void process(long pid, String comm, String socket) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid + "/fd"));
        Files.writeString(proc.resolve(pid + "/comm"), comm + "\n");
        Files.createSymbolicLink(dir.resolve("3"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("4"), Path.of(socket));
    }
}
