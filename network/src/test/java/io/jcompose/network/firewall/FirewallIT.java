package io.jcompose.network.firewall;

import io.jcompose.network.link.ProcSysctl;
import io.jcompose.network.link.Sysctl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.HostBinding;
import io.jcompose.network.ports.PortAllocatedException;
import io.jcompose.network.ports.PortAllocator;
import io.jcompose.network.ports.PortBinder;
import io.jcompose.network.ports.PortHolders;
import io.jcompose.network.ports.PortMapping;
import io.jcompose.network.ports.PortProxy;
import io.jcompose.network.ports.PortRequest;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real firewall and proxies, as root: a test bridge with a "container" network namespace running busybox nc
 * (and a python UDP echo), plus an "outside" namespace on its own veth to prove the DNAT path. Traffic goes only to
 * 127.0.0.1 and to the addresses of the links this test creates; everything is removed and checked at the end.
 */
class FirewallIT {

    private static final String UDP_ECHO = "import socket\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\n"
            + "s.bind(('0.0.0.0',9090))\nwhile True:\n d,a=s.recvfrom(65535)\n s.sendto(d,a)\n";

    private final String hex = HexFormat.of().toHexDigits(new Random().nextInt()).substring(2);
    private final String bridge = "jt-" + hex;
    private final String container = "jt-" + hex;
    private final String outside = "jo-" + hex;
    private final List<PortProxy> proxies = new CopyOnWriteArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @Test
    void publishesReachesAndRemovesEverything() throws Exception {
        assumeTrue(ProcessHandle.current().info().user().orElse("").equals("root"), "needs root (iptables, netns)");
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "needs /bin/busybox (busybox-static)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/iptables-save")), "needs iptables");
        String filterBefore = Host.iptables("iptables-save");
        String v6Before = Host.iptables("ip6tables-save");
        List<String> linksBefore = Host.links();
        String netnsBefore = Host.run("ip", "netns", "list");
        String forwardBefore = new ProcSysctl().get("net.ipv4.ip_forward");

        Random random = new Random();
        Cidr subnet = freeSubnet(random, null);
        Cidr outsideNet = freeSubnet(random, subnet);
        Cidr otherNet = freeSubnet(random, outsideNet);
        while (otherNet.overlaps(subnet)) {
            otherNet = freeSubnet(random, outsideNet);
        }
        InetAddress otherIp = otherNet.addressAt(java.math.BigInteger.TWO);
        InetAddress gateway = subnet.addressAt(java.math.BigInteger.ONE);
        InetAddress cip = subnet.addressAt(java.math.BigInteger.TWO);
        InetAddress hostSide = outsideNet.addressAt(java.math.BigInteger.ONE);
        InetAddress outsideIp = outsideNet.addressAt(java.math.BigInteger.TWO);

        IptablesFirewall fw = new IptablesFirewall(CommandRunner.processes(), new ProcSysctl(), "JT" + hex.toUpperCase());
        PortBinder recording = (p, ip, port) -> {
            PortProxy proxy = PortProxy.bind(p, ip, port);
            proxies.add(proxy);
            return proxy;
        };
        PortPublisher publisher = new PortPublisher(fw, new PortAllocator(recording, PortHolders.system()));
        List<PortMapping> published = new ArrayList<>();
        try {
            links(subnet, gateway, cip, outsideNet, hostSide, outsideIp);
            start("ip", "netns", "exec", container, "/bin/busybox", "nc", "-ll", "-p", "8080", "-e", "/bin/cat");
            boolean python = Files.isExecutable(Path.of("/usr/bin/python3"));
            if (python) {
                start("ip", "netns", "exec", container, "/usr/bin/python3", "-c", UDP_ECHO);
            }
            other(otherNet);
            start("ip", "netns", "exec", "ju-" + hex, "/bin/busybox", "nc", "-ll", "-p", "8080", "-e", "/bin/cat");
            fw.ensureBase();
            fw.ensureBase();
            fw.addNetwork("ju-" + hex, otherNet, false, true);
            fw.addNetwork(bridge, subnet, false, true);
            fw.addNetwork(bridge, subnet, false, true);
            assertThat(new ProcSysctl().get("net.ipv4.ip_forward")).isEqualTo("1");

            List<PortRequest> requests = new ArrayList<>(List.of(
                    request("8080/tcp", "127.0.0.1", ""),
                    request("8080/tcp", hostSide.getHostAddress(), ""),
                    request("8080/tcp", gateway.getHostAddress(), "")));
            if (python) {
                requests.add(request("9090/udp", "127.0.0.1", ""));
            }
            published.addAll(publisher.publish(bridge, cip, requests));
            int loopbackPort = published.get(0).hostPort();

            // the host, through the proxy on 127.0.0.1
            assertThat(tcpEcho(InetAddress.getLoopbackAddress(), loopbackPort, "from the host\n"))
                    .isEqualTo("from the host\n");
            // outside the host, through DNAT and forwarding
            String dport = "--dport " + published.get(1).hostPort() + " ";
            assertThat(inNetns(outside, "echo from outside | /bin/busybox nc " + hostSide.getHostAddress() + " "
                    + published.get(1).hostPort())).isEqualTo("from outside\n");
            assertThat(Host.natPackets(dport)).as("the DNAT rule carried it").isPositive();
            // the container itself, via its gateway (hairpin, through the proxy)
            assertThat(inNetns(container, "echo hairpin | /bin/busybox nc " + gateway.getHostAddress() + " "
                    + published.get(2).hostPort())).isEqualTo("hairpin\n");
            if (python) {
                assertThat(udpEcho(published.get(3).hostPort(), "udp datagram")).isEqualTo("udp datagram");
            }

            // two jcompose networks cannot reach each other, though each listens and forwarding is on
            assertThat(inNetns("ju-" + hex, "echo self | /bin/busybox nc 127.0.0.1 8080")).isEqualTo("self\n");
            assertThat(inNetnsStatus(container, "echo x | /bin/busybox nc -w 2 " + otherIp.getHostAddress()
                    + " 8080")).as("isolated").isNotZero();

            // a taken port fails before anything is made, with docker's message
            String rulesNow = Host.iptables("iptables-save");
            assertThatThrownBy(() -> publisher.publish(bridge, cip,
                    List.of(request("8080/tcp", "127.0.0.1", String.valueOf(loopbackPort)))))
                    .isInstanceOf(PortAllocatedException.class)
                    .hasMessage("Bind for 127.0.0.1:" + loopbackPort + " failed: port is already allocated");
            int foreign = freeLoopbackPort();
            Process httpd = start("/bin/busybox", "httpd", "-f", "-p", "127.0.0.1:" + foreign, "-h", "/");
            awaitListening(foreign);
            assertThatThrownBy(() -> publisher.publish(bridge, cip,
                    List.of(request("8080/tcp", "127.0.0.1", String.valueOf(foreign)))))
                    .hasMessage("Bind for 127.0.0.1:" + foreign + " failed: port is already allocated, held by PID "
                            + httpd.pid() + " (busybox)");
            assertThat(Host.iptables("iptables-save")).isEqualTo(rulesNow);

            // publishing the same mappings again (an engine restart) adds no rule twice
            for (PortMapping m : published) {
                fw.publish(bridge, m);
            }
            assertThat(Host.iptables("iptables-save")).isEqualTo(rulesNow);
        } finally {
            publisher.unpublish(bridge, published);
            fw.removeNetwork(bridge, subnet, false, true);
            fw.removeNetwork("ju-" + hex, otherNet, false, true);
            fw.removeBase();
            processes.forEach(Process::destroy);
            Host.quietly("ip", "link", "del", "jv-" + hex); // the pair goes at once; a dying netns frees it later
            Host.quietly("ip", "link", "del", "jh-" + hex);
            Host.quietly("ip", "link", "del", "jw-" + hex);
            killNetnsProcesses("ju-" + hex);
            Host.quietly("ip", "netns", "del", "ju-" + hex);
            Host.quietly("ip", "link", "del", "ju-" + hex);
            killNetnsProcesses(container);
            killNetnsProcesses(outside);
            Host.quietly("ip", "netns", "del", container);
            Host.quietly("ip", "netns", "del", outside);
            Host.quietly("ip", "link", "del", bridge);
            Files.writeString(Path.of("/proc/sys/net/ipv4/ip_forward"), forwardBefore);
        }
        assertThat(Host.iptables("iptables-save")).isEqualTo(filterBefore);
        assertThat(Host.iptables("ip6tables-save")).isEqualTo(v6Before);
        assertThat(Host.links()).containsExactlyElementsOf(linksBefore);
        assertThat(Host.run("ip", "netns", "list")).isEqualTo(netnsBefore);
        assertThat(proxies).isNotEmpty().allSatisfy(p -> {
            assertThat(p.liveThreads()).isZero();
            assertThat(p.openSockets()).isZero();
        });
        assertThat(publisher.published()).isEmpty();
    }

    private void links(Cidr subnet, InetAddress gateway, InetAddress cip, Cidr outsideNet, InetAddress hostSide,
            InetAddress outsideIp) throws IOException {
        Host.run("ip", "link", "add", bridge, "type", "bridge");
        Host.run("ip", "addr", "add", gateway.getHostAddress() + "/" + subnet.prefixLength(), "dev", bridge);
        Host.run("ip", "link", "set", bridge, "up");
        Host.run("ip", "netns", "add", container);
        Host.run("ip", "link", "add", "jv-" + hex, "type", "veth", "peer", "name", "eth0", "netns", container);
        Host.run("ip", "link", "set", "jv-" + hex, "master", bridge, "up");
        Host.run("ip", "-n", container, "addr", "add", cip.getHostAddress() + "/" + subnet.prefixLength(),
                "dev", "eth0");
        Host.run("ip", "-n", container, "link", "set", "lo", "up");
        Host.run("ip", "-n", container, "link", "set", "eth0", "up");
        Host.run("ip", "-n", container, "route", "add", "default", "via", gateway.getHostAddress());
        Host.run("ip", "netns", "add", outside);
        Host.run("ip", "link", "add", "jh-" + hex, "type", "veth", "peer", "name", "eth0", "netns", outside);
        Host.run("ip", "addr", "add", hostSide.getHostAddress() + "/" + outsideNet.prefixLength(), "dev", "jh-" + hex);
        Host.run("ip", "link", "set", "jh-" + hex, "up");
        Host.run("ip", "-n", outside, "addr", "add", outsideIp.getHostAddress() + "/" + outsideNet.prefixLength(),
                "dev", "eth0");
        Host.run("ip", "-n", outside, "link", "set", "eth0", "up");
        Host.run("ip", "-n", outside, "route", "add", "default", "via", hostSide.getHostAddress());
    }

    /** A second jcompose-like network: bridge ju-HEX with namespace ju-HEX at .2. */
    private void other(Cidr net) throws IOException {
        String br = "ju-" + hex;
        Host.run("ip", "link", "add", br, "type", "bridge");
        Host.run("ip", "addr", "add", net.addressAt(java.math.BigInteger.ONE).getHostAddress() + "/24", "dev", br);
        Host.run("ip", "link", "set", br, "up");
        Host.run("ip", "netns", "add", br);
        Host.run("ip", "link", "add", "jw-" + hex, "type", "veth", "peer", "name", "eth0", "netns", br);
        Host.run("ip", "link", "set", "jw-" + hex, "master", br, "up");
        Host.run("ip", "-n", br, "addr", "add", net.addressAt(java.math.BigInteger.TWO).getHostAddress() + "/24",
                "dev", "eth0");
        Host.run("ip", "-n", br, "link", "set", "lo", "up");
        Host.run("ip", "-n", br, "link", "set", "eth0", "up");
        Host.run("ip", "-n", br, "route", "add", "default", "via",
                net.addressAt(java.math.BigInteger.ONE).getHostAddress());
    }

    private static int inNetnsStatus(String netns, String script) throws IOException {
        return CommandRunner.processes().run(List.of("ip", "netns", "exec", netns, "/bin/busybox", "timeout", "10",
                "/bin/busybox", "sh", "-c", script), "").exitCode();
    }

    /** A random 10.x.y.0/24 that overlaps none of the host's routes (nor {@code avoid}). */
    private static Cidr freeSubnet(Random random, Cidr avoid) throws IOException {
        List<Cidr> taken = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d+)?)").matcher(
                Host.run("ip", "-4", "-o", "route", "show", "table", "all") + Host.run("ip", "-4", "-o", "addr"));
        while (m.find()) {
            taken.add(Cidr.parse(m.group(1)).network());
        }
        if (avoid != null) {
            taken.add(avoid);
        }
        for (int i = 0; i < 100; i++) {
            Cidr c = Cidr.parse("10." + (200 + random.nextInt(50)) + "." + random.nextInt(256) + ".0/24");
            if (taken.stream().noneMatch(t -> t.overlaps(c))) {
                return c;
            }
        }
        throw new IllegalStateException("no free /24 under 10.200.0.0/12");
    }

    private Process start(String... argv) throws IOException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(p);
        return p;
    }

    private static String tcpEcho(InetAddress ip, int port, String text) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try (Socket s = new Socket(ip, port)) {
                s.setSoTimeout(5_000);
                s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                s.shutdownOutput();
                String got = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!got.isEmpty() || System.nanoTime() > deadline) {
                    return got;
                }
            }
            Thread.sleep(100); // nc in the namespace may not listen yet: the proxy then closes at once
        }
    }

    private static String udpEcho(int port, String text) throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(500);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            for (int attempt = 0; attempt < 20; attempt++) {
                s.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), port));
                DatagramPacket reply = new DatagramPacket(new byte[1500], 1500);
                try {
                    s.receive(reply);
                    return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
                } catch (java.net.SocketTimeoutException e) {
                    // the echo may not be up yet, or its first reply raced the session; send again
                }
            }
            return "";
        }
    }

    private static String inNetns(String netns, String script) throws IOException {
        return Host.run("ip", "netns", "exec", netns, "/bin/busybox", "timeout", "10", "/bin/busybox", "sh", "-c",
                script);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws Exception {
        for (int i = 0; i < 50; i++) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nothing listens on 127.0.0.1:" + port);
    }

    private static void killNetnsProcesses(String netns) throws IOException {
        CommandRunner.Result r = CommandRunner.processes().run(List.of("ip", "netns", "pids", netns), "");
        for (String pid : r.stdout().split("\\s+")) {
            if (!pid.isBlank()) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private static PortRequest request(String key, String ip, String port) {
        return PortRequest.of(key, new HostBinding(ip, port));
    }

}
