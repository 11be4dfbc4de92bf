package io.jcompose.cli.compose.conformance;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A UDP echo for the UDP-port scenario: this machine's busybox has no {@code nc -u}, so the container runs this
 * source file with the host's JDK; {@link #ask} is the test's side.
 */
final class UdpEcho {

    /** A server on UDP 9999 that logs each datagram and answers {@code pong TEXT}. */
    static final String SOURCE = """
            void main() throws Exception {
                try (var socket = new java.net.DatagramSocket(9999)) {
                    System.out.println("listening");
                    var buffer = new byte[512];
                    while (true) {
                        var packet = new java.net.DatagramPacket(buffer, buffer.length);
                        socket.receive(packet);
                        String text = new String(packet.getData(), 0, packet.getLength()).strip();
                        System.out.println("received " + text);
                        byte[] reply = ("pong " + text).getBytes();
                        socket.send(new java.net.DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                    }
                }
            }
            """;

    private UdpEcho() {
    }

    /** Sends {@code text} every 500 ms until a reply comes (the server's JVM may still start); empty if none. */
    static String ask(String host, int port, String text, int attempts) throws Exception {
        byte[] request = text.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(500);
            for (int attempt = 0; attempt < attempts; attempt++) {
                socket.send(new DatagramPacket(request, request.length, new InetSocketAddress(host, port)));
                DatagramPacket reply = new DatagramPacket(new byte[512], 512);
                try {
                    socket.receive(reply);
                    return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
                } catch (SocketTimeoutException e) {
                    // not yet listening: try again
                }
            }
        }
        return "";
    }
}
