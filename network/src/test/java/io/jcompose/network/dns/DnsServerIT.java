package io.jcompose.network.dns;

import static io.jcompose.network.dns.DnsTableTest.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server on real sockets, 127.0.0.0/8 only: a server under test, and a fake upstream that is another
 * DnsServer on its own 127.0.0.1 port. No traffic goes anywhere else (no host resolver).
 */
class DnsServerIT {

    static final InetAddress LOCAL = ip("127.0.0.1");
    static final InetAddress OTHER_CLIENT = ip("127.0.0.2");

    final List<AutoCloseable> resources = new ArrayList<>();
    DnsServer upstream;
    DnsServer server;
    DnsTestClient client;

    @BeforeEach
    void start() throws IOException {
        DnsTable upstreamTable = new DnsTable();
        List<InetAddress> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(ip("192.0.2." + i));
        }
        // the forwarder asks from 127.0.0.1, so the fake upstream answers that client
        upstreamTable.put(DnsEndpoint.of("forwarder", "internet", List.of("example.org"), List.of(LOCAL)));
        upstreamTable.put(DnsEndpoint.of("site", "internet", List.of("www.example.org"), List.of(ip("192.0.2.80"))));
        upstreamTable.put(DnsEndpoint.of("big", "internet", List.of("big.example.org"), many));
        upstream = track(DnsServer.start(DnsServerConfig.of(new InetSocketAddress(LOCAL, 0)), upstreamTable));

        DnsTable table = new DnsTable();
        table.put(DnsEndpoint.of("c-client", "proj_default", List.of("proj-client-1", "client"), List.of(LOCAL)));
        table.put(DnsEndpoint.of("c-web1", "proj_default", List.of("proj-web-1", "web"),
                List.of(ip("172.18.0.2"), ip("fd00::2"))));
        table.put(DnsEndpoint.of("c-web2", "proj_default", List.of("proj-web-2", "web"), List.of(ip("172.18.0.3"))));
        table.put(DnsEndpoint.of("c-lonely", "other_net", List.of("lonely"), List.of(OTHER_CLIENT)));
        server = track(DnsServer.start(config().withUpstreams(List.of(upstream.address())), table));
        client = new DnsTestClient(server.address());
    }

    static DnsServerConfig config() {
        return DnsServerConfig.of(new InetSocketAddress(LOCAL, 0)).withUpstreamTimeout(Duration.ofMillis(500));
    }

    <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable r : resources.reversed()) {
            r.close();
        }
        if (server != null) {
            assertThat(server.internalErrors()).isZero();
            assertThat(upstream.internalErrors()).isZero();
        }
    }

    static List<InetAddress> addresses(DnsMessage reply) {
        return reply.answers().stream().map(DnsRecord::address).toList();
    }

    @Test
    void answersLocalNamesOverUdpAndTcp() throws IOException {
        DnsMessage a = client.udp("proj-web-1", DnsType.A);
        assertThat(a.id()).isEqualTo(0x1234);
        assertThat(a.rcode()).isEqualTo(DnsType.NOERROR);
        assertThat(a.answers()).containsExactly(DnsRecord.address(DnsName.of("proj-web-1"), ip("172.18.0.2"), 600));
        assertThat(addresses(client.udp("PROJ-WEB-1.", DnsType.AAAA))).containsExactly(ip("fd00::2"));
        assertThat(addresses(client.tcp(DnsMessage.query(1, "proj-web-1", DnsType.A)))).containsExactly(ip("172.18.0.2"));
        DnsMessage ptr = client.udp(ReverseName.of(ip("172.18.0.3")).toString(), DnsType.PTR);
        assertThat(ptr.answers().getFirst().target()).hasToString("proj-web-2.proj_default");
        DnsMessage mx = client.udp("web", DnsType.MX);
        assertThat(mx.rcode()).isEqualTo(DnsType.NOERROR);
        assertThat(mx.answers()).isEmpty();
    }

    @Test
    void aScaledServiceRotates() throws IOException {
        List<InetAddress> first = addresses(client.udp("web", DnsType.A));
        List<InetAddress> second = addresses(client.udp("web", DnsType.A));
        assertThat(first).containsExactlyInAnyOrder(ip("172.18.0.2"), ip("172.18.0.3"));
        assertThat(second).containsExactly(first.get(1), first.get(0));
    }

    @Test
    void aClientOnAnotherNetworkDoesNotSeeTheNames() throws IOException {
        DnsTestClient lonely = new DnsTestClient(server.address(), OTHER_CLIENT);
        assertThat(addresses(lonely.udp("lonely", DnsType.A))).containsExactly(OTHER_CLIENT);
        DnsMessage web = lonely.udp("proj-web-1", DnsType.A);   // forwarded; the fake upstream does not know it
        assertThat(web.answers()).isEmpty();
        assertThat(web.rcode()).isEqualTo(DnsType.SERVFAIL);
    }

    @Test
    void unknownNamesAreForwardedAndRelayed() throws IOException {
        DnsMessage www = client.udp("www.example.org", DnsType.A);
        assertThat(www.id()).isEqualTo(0x1234);
        assertThat(addresses(www)).containsExactly(ip("192.0.2.80"));
        assertThat(addresses(client.tcp(DnsMessage.query(77, "www.example.org", DnsType.A))))
                .containsExactly(ip("192.0.2.80"));
        DnsMessage reverse = client.udp(ReverseName.of(ip("192.0.2.80")).toString(), DnsType.PTR);
        assertThat(reverse.answers().getFirst().target()).hasToString("www.example.org.internet");
    }

    @Test
    void aBigForwardedAnswerIsTruncatedOverUdpAndWholeOverTcpOrWithEdns() throws IOException {
        DnsMessage udp = client.udp("big.example.org", DnsType.A);
        assertThat(udp.isTruncated()).isTrue();
        DnsMessage tcp = client.tcp(DnsMessage.query(2, "big.example.org", DnsType.A));
        assertThat(tcp.isTruncated()).isFalse();
        assertThat(tcp.answers()).hasSize(60);
        DnsMessage edns = client.udp(DnsMessage.query(3, "big.example.org", DnsType.A)
                .withAdditionals(List.of(DnsRecord.opt(4096))));
        assertThat(edns.answers()).hasSize(60);
        assertThat(edns.opt()).isPresent();
    }

    @Test
    void aSilentUpstreamTimesOutAndTheNextAnswers() throws IOException {
        DatagramSocket silent = track(new DatagramSocket(new InetSocketAddress(LOCAL, 0)));
        InetSocketAddress silentAddress = new InetSocketAddress(LOCAL, silent.getLocalPort());
        DnsServer withFallback = track(DnsServer.start(config().withUpstreams(List.of(silentAddress,
                upstream.address())), new DnsTable()));
        long start = System.nanoTime();
        DnsMessage reply = new DnsTestClient(withFallback.address()).udp("www.example.org", DnsType.A);
        assertThat(addresses(reply)).containsExactly(ip("192.0.2.80"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));

        DnsServer onlySilent = track(DnsServer.start(config().withUpstreams(List.of(silentAddress)), new DnsTable()));
        start = System.nanoTime();
        assertThat(new DnsTestClient(onlySilent.address()).udp("www.example.org", DnsType.A).rcode())
                .isEqualTo(DnsType.SERVFAIL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void internalNetworksAndNoUpstreamsGiveServfail() throws IOException {
        DnsServer internal = track(DnsServer.start(config().withUpstreams(List.of(upstream.address()))
                .withInternal(true), new DnsTable()));
        assertThat(new DnsTestClient(internal.address()).udp("www.example.org", DnsType.A).rcode())
                .isEqualTo(DnsType.SERVFAIL);
        DnsServer alone = track(DnsServer.start(config(), new DnsTable()));
        assertThat(new DnsTestClient(alone.address()).udp("www.example.org", DnsType.A).rcode())
                .isEqualTo(DnsType.SERVFAIL);
    }

    @Test
    void garbageOverUdpAndTcpNeverStopsTheServer() throws Exception {
        Random random = new Random(0xbadL);
        byte[] valid = DnsMessage.query(1, "web", DnsType.A).toBytes();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOCAL, 0))) {
            for (int i = 0; i < 3000; i++) {
                byte[] packet = i % 2 == 0 ? new byte[random.nextInt(100)] : valid.clone();
                if (i % 2 == 0) {
                    random.nextBytes(packet);
                } else {
                    packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
                    packet = java.util.Arrays.copyOf(packet, random.nextInt(packet.length + 1));
                }
                socket.send(new java.net.DatagramPacket(packet, packet.length, server.address()));
            }
        }
        for (int i = 0; i < 30; i++) {
            try (Socket socket = new Socket(LOCAL, server.address().getPort())) {
                byte[] junk = new byte[random.nextInt(200)];
                random.nextBytes(junk);
                OutputStream out = socket.getOutputStream();
                out.write(junk);
                out.flush();
            }
        }
        assertThat(client.silentOn(new byte[] {1, 2, 3}, 300)).isTrue();
        assertThat(addresses(client.udp("proj-web-1", DnsType.A))).containsExactly(ip("172.18.0.2"));
        assertThat(addresses(client.tcp(DnsMessage.query(1, "proj-web-1", DnsType.A)))).containsExactly(ip("172.18.0.2"));
    }

    @Test
    void closingFreesTheAddress() throws IOException {
        InetSocketAddress address = server.address();
        try (Socket open = new Socket(LOCAL, address.getPort())) {
            open.setSoTimeout(5000);
            server.close();
            int read;
            try {
                read = open.getInputStream().read();
            } catch (java.net.SocketException reset) {
                read = -1; // the connection was still in the listener's queue: the kernel resets it
            }
            assertThat(read).isEqualTo(-1);
        }
        try (DatagramSocket udp = new DatagramSocket(address); ServerSocket tcp = new ServerSocket()) {
            tcp.setReuseAddress(true);
            tcp.bind(address);
            assertThat(udp.isBound() && tcp.isBound()).isTrue();
        }
    }

    @Test
    void aTakenPortFailsNamingTheAddress() {
        assertThatThrownBy(() -> DnsServer.start(
                        DnsServerConfig.of(server.address()), new DnsTable()))
                .isInstanceOf(BindException.class)
                .hasMessageStartingWith("cannot bind DNS server to UDP 127.0.0.1:" + server.address().getPort() + ": ");
    }

    @Test
    void busyboxNslookupResolvesThroughTheServer() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(busybox), "busybox-static is not installed (/bin/busybox)");
        Process p = new ProcessBuilder(busybox.toString(), "nslookup", "proj-web-1",
                "127.0.0.1:" + server.address().getPort()).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(out).contains("Address: 172.18.0.2").contains("Address: fd00::2");
        assertThat(p.exitValue()).isZero();
    }
}
