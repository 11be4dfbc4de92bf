package io.jcompose.runtime.container.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random log: the k8s-file records conmon would write (lines of both streams, some split into P pieces
 * that interleave with the other stream) and the joined lines a reader must give back, in order.
 */
final class RandomLog {

    final List<LogRecord> records = new ArrayList<>();
    final List<LogRecord> lines = new ArrayList<>();

    private record Open(Instant time, ByteArrayOutputStream bytes) {
    }

    static RandomLog generate(long seed, int lineCount, double partialChance) {
        Random random = new Random(seed);
        RandomLog log = new RandomLog();
        Map<LogStream, Open> open = new EnumMap<>(LogStream.class);
        Instant time = Instant.parse("2026-11-25T12:00:00Z");
        while (log.lines.size() < lineCount) {
            time = time.plusNanos(1 + random.nextInt(2_000_000));
            LogStream stream = random.nextInt(4) == 0 ? LogStream.STDERR : LogStream.STDOUT;
            byte[] content = text(random, random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(120));
            boolean partial = random.nextDouble() < partialChance;
            log.records.add(new LogRecord(time, stream, content, partial));
            Open o = open.get(stream);
            if (partial) {
                if (o == null) {
                    o = new Open(time, new ByteArrayOutputStream());
                    open.put(stream, o);
                }
                o.bytes.writeBytes(content);
            } else if (o != null) {
                o.bytes.writeBytes(content);
                open.remove(stream);
                log.lines.add(new LogRecord(o.time, stream, o.bytes.toByteArray(), false));
            } else {
                log.lines.add(new LogRecord(time, stream, content, false));
            }
        }
        for (Map.Entry<LogStream, Open> e : open.entrySet()) {
            time = time.plusNanos(1);
            byte[] end = text(random, 3);
            log.records.add(new LogRecord(time, e.getKey(), end, false));
            e.getValue().bytes.writeBytes(end);
            log.lines.add(new LogRecord(e.getValue().time, e.getKey(), e.getValue().bytes.toByteArray(), false));
        }
        return log;
    }

    void writeTo(K8sLogWriter writer) throws IOException {
        for (LogRecord r : records) {
            writer.write(r);
        }
    }

    List<LogRecord> last(int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    private static byte[] text(Random random, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (' ' + random.nextInt(95));
        }
        return b;
    }
}
