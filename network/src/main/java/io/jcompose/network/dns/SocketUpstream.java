package io.jcompose.network.dns;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;

/** The real upstream exchange: a fresh socket per query, so that a reply can only come from the server asked. */
public final class SocketUpstream implements Upstream {

    @Override
    public byte[] exchange(InetSocketAddress server, byte[] query, boolean tcp, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        return tcp ? tcp(server, query, millis) : udp(server, query, millis);
    }

    private static byte[] udp(InetSocketAddress server, byte[] query, int millis) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(server);
            socket.setSoTimeout(millis);
            socket.send(new DatagramPacket(query, query.length));
            byte[] buf = new byte[65535];
            DatagramPacket reply = new DatagramPacket(buf, buf.length);
            socket.receive(reply);
            return Arrays.copyOf(buf, reply.getLength());
        }
    }

    private static byte[] tcp(InetSocketAddress server, byte[] query, int millis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server, millis);
            socket.setSoTimeout(millis);
            writeFramed(socket.getOutputStream(), query);
            byte[] reply = readFramed(new DataInputStream(socket.getInputStream()));
            if (reply == null) {
                throw new EOFException("upstream DNS server " + server + " closed the TCP connection");
            }
            return reply;
        }
    }

    /** Writes one message with its two-byte length prefix (RFC 1035 section 4.2.2). */
    static void writeFramed(OutputStream out, byte[] message) throws IOException {
        byte[] framed = new byte[message.length + 2];
        framed[0] = (byte) (message.length >> 8);
        framed[1] = (byte) message.length;
        System.arraycopy(message, 0, framed, 2, message.length);
        out.write(framed);
        out.flush();
    }

    /** Reads one length-prefixed message; null at a clean end of stream. */
    static byte[] readFramed(DataInputStream in) throws IOException {
        int hi = in.read();
        if (hi < 0) {
            return null;
        }
        int length = hi << 8 | in.readUnsignedByte();
        byte[] message = new byte[length];
        in.readFully(message);
        return message;
    }
}
