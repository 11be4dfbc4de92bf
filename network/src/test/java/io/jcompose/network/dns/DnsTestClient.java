package io.jcompose.network.dns;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/** A minimal stub resolver for tests: one query over UDP (from a chosen 127.x address) or TCP. */
final class DnsTestClient {

    private final InetSocketAddress server;
    private final InetAddress from;

    DnsTestClient(InetSocketAddress server, InetAddress from) {
        this.server = server;
        this.from = from;
    }

    DnsTestClient(InetSocketAddress server) {
        this(server, InetAddress.getLoopbackAddress());
    }

    DnsMessage udp(DnsMessage query) throws IOException {
        return DnsMessage.parse(udpRaw(query.toBytes(), 3000));
    }

    DnsMessage udp(String name, int type) throws IOException {
        return udp(DnsMessage.query(0x1234, name, type));
    }

    byte[] udpRaw(byte[] query, int timeoutMillis) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(from, 0))) {
            socket.setSoTimeout(timeoutMillis);
            socket.send(new DatagramPacket(query, query.length, server));
            byte[] buf = new byte[65535];
            DatagramPacket reply = new DatagramPacket(buf, buf.length);
            socket.receive(reply);
            return Arrays.copyOf(buf, reply.getLength());
        }
    }

    /** Sends a packet and expects no reply within {@code millis}. */
    boolean silentOn(byte[] packet, int millis) throws IOException {
        try {
            udpRaw(packet, millis);
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        }
    }

    DnsMessage tcp(DnsMessage query) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, 3000);
            socket.setSoTimeout(3000);
            SocketUpstream.writeFramed(socket.getOutputStream(), query.toBytes());
            return DnsMessage.parse(SocketUpstream.readFramed(new DataInputStream(socket.getInputStream())));
        }
    }
}
