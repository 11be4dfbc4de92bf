package io.jcompose.network.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The proxies against echo servers on 127.0.0.1 (no root needed; loopback traffic only). */
class PortProxyTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void tcpBytesGoBothWaysAndCloseLeavesNothing() throws Exception {
        try (ServerSocket echo = new ServerSocket(0, 50, LOOPBACK)) {
            Thread server = Thread.ofVirtual().start(() -> {
                try (Socket s = echo.accept()) {
                    s.getInputStream().transferTo(s.getOutputStream());
                } catch (IOException ignored) {
                    // test ends
                }
            });
            PortProxy proxy = PortProxy.bind(Protocol.TCP, LOOPBACK, 0);
            proxy.forwardTo(new InetSocketAddress(LOOPBACK, echo.getLocalPort()));
            try (Socket client = new Socket(LOOPBACK, proxy.port())) {
                client.getOutputStream().write("hello proxy".getBytes(StandardCharsets.UTF_8));
                client.shutdownOutput();
                assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("hello proxy");
            }
            server.join(5_000);
            assertThatThrownBy(() -> PortProxy.bind(Protocol.TCP, LOOPBACK, proxy.port()))
                    .isInstanceOf(BindException.class);
            proxy.close();
            assertThat(proxy.liveThreads()).isZero();
            assertThat(proxy.openSockets()).isZero();
            PortProxy.bind(Protocol.TCP, LOOPBACK, proxy.port()).close();
        }
    }

    @Test
    void udpDatagramsAndRepliesAreRelayed() throws Exception {
        try (DatagramSocket echo = new DatagramSocket(0, LOOPBACK)) {
            Thread server = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 2; i++) {
                        DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
                        echo.receive(p);
                        echo.send(new DatagramPacket(p.getData(), p.getLength(), p.getSocketAddress()));
                    }
                } catch (IOException ignored) {
                    // test ends
                }
            });
            PortProxy proxy = PortProxy.bind(Protocol.UDP, LOOPBACK, 0);
            proxy.forwardTo(new InetSocketAddress(LOOPBACK, echo.getLocalPort()));
            try (DatagramSocket client = new DatagramSocket(0, LOOPBACK)) {
                client.setSoTimeout(5_000);
                for (String text : new String[] {"ping 1", "ping 2"}) {
                    byte[] data = text.getBytes(StandardCharsets.UTF_8);
                    client.send(new DatagramPacket(data, data.length, LOOPBACK, proxy.port()));
                    DatagramPacket reply = new DatagramPacket(new byte[1500], 1500);
                    client.receive(reply);
                    assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8))
                            .isEqualTo(text);
                    assertThat(reply.getPort()).isEqualTo(proxy.port());
                }
            }
            server.join(5_000);
            assertThat(proxy.liveThreads()).isEqualTo(2);
            proxy.close();
            assertThat(proxy.liveThreads()).isZero();
            assertThat(proxy.openSockets()).isZero();
        }
    }
}
