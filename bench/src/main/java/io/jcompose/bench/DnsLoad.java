package io.jcompose.bench;

import io.jcompose.network.dns.DnsEndpoint;
import io.jcompose.network.dns.DnsMessage;
import io.jcompose.network.dns.DnsServer;
import io.jcompose.network.dns.DnsServerConfig;
import io.jcompose.network.dns.DnsTable;
import io.jcompose.network.dns.DnsType;
import io.jcompose.network.dns.ReverseName;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for the embedded DNS server, on 127.0.0.1 only:
 * {@code DnsLoad serve PORT_FILE} starts a server with a 3-replica service and 50 containers and writes its port;
 * {@code DnsLoad load PORT CLIENTS SECONDS} runs CLIENTS closed-loop UDP clients (A for the service, A for a
 * container, PTR) and prints queries per second and latency percentiles.
 */
public final class DnsLoad {

    private DnsLoad() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve(Path.of(args[1]));
            case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("usage: DnsLoad serve PORT_FILE | load PORT CLIENTS SECONDS");
        }
    }

    private static void serve(Path portFile) throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.1");
        DnsTable table = new DnsTable();
        table.put(DnsEndpoint.of("client", "bench_default", List.of("bench-client-1", "client"), List.of(local)));
        for (int i = 1; i <= 50; i++) {
            List<String> names = new ArrayList<>(List.of("bench-app-" + i));
            if (i <= 3) {
                names.add("web");
            }
            table.put(DnsEndpoint.of("c" + i, "bench_default", names,
                    List.of(InetAddress.getByName("172.18.0." + (i + 1)))));
        }
        try (DnsServer server = DnsServer.start(DnsServerConfig.of(new InetSocketAddress(local, 0)), table)) {
            Files.writeString(portFile, Integer.toString(server.address().getPort()));
            System.in.read();   // until the script closes our stdin
            System.out.println("server internal errors: " + server.internalErrors());
        }
    }

    private static void load(int port, int clients, int seconds) throws Exception {
        InetSocketAddress server = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        byte[][] queries = {
            DnsMessage.query(1, "web", DnsType.A).toBytes(),
            DnsMessage.query(2, "bench-app-17", DnsType.A).toBytes(),
            DnsMessage.query(3, ReverseName.of(InetAddress.getByName("172.18.0.9")).toString(), DnsType.PTR).toBytes(),
        };
        run(server, queries, clients, 2);                 // warm-up
        Result r = run(server, queries, clients, seconds);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("clients %d, %d s: %d queries, %.0f queries/s, timeouts %d%n", clients, seconds,
                lat.length, lat.length / (r.nanos / 1e9), r.timeouts);
        System.out.printf("latency us: p50 %.0f  p90 %.0f  p99 %.0f  p99.9 %.0f  max %.0f%n",
                pct(lat, 0.50), pct(lat, 0.90), pct(lat, 0.99), pct(lat, 0.999), lat[lat.length - 1] / 1e3);
    }

    private record Result(long[] latencies, long nanos, long timeouts) {
    }

    private static Result run(InetSocketAddress server, byte[][] queries, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong timeouts = new AtomicLong();
        long[][] perClient = new long[clients][];
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int index = c;
            threads[c] = Thread.ofPlatform().start(() -> perClient[index] = loop(server, queries, index, end, timeouts));
        }
        for (Thread t : threads) {
            t.join();
        }
        long nanos = System.nanoTime() - start;
        long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
        return new Result(all, nanos, timeouts.get());
    }

    private static long[] loop(InetSocketAddress server, byte[][] queries, int offset, long end, AtomicLong timeouts) {
        long[] lat = new long[1 << 16];
        int n = 0;
        byte[] buf = new byte[4096];
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(server);
            socket.setSoTimeout(1000);
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            for (int i = offset; System.nanoTime() < end; i++) {
                byte[] q = queries[i % queries.length];
                long t0 = System.nanoTime();
                socket.send(new DatagramPacket(q, q.length));
                try {
                    in.setLength(buf.length);
                    socket.receive(in);
                } catch (SocketTimeoutException e) {
                    timeouts.incrementAndGet();
                    continue;
                }
                if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                }
                lat[n++] = System.nanoTime() - t0;
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return Arrays.copyOf(lat, n);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e3;
    }
}
