package io.jcompose.bench;

import java.util.Random;

/** Generates realistic Compose files of a given size for benchmarks, from a fixed seed. */
public final class ComposeFiles {

    private ComposeFiles() {
    }

    /** A file with {@code services} services using anchors, ports, volumes, env, healthchecks and depends_on. */
    public static String generate(int services, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        b.append("x-defaults: &defaults\n  restart: unless-stopped\n  logging:\n    driver: json-file\n");
        b.append("    options:\n      max-size: 10m\n");
        b.append("services:\n");
        for (int i = 0; i < services; i++) {
            b.append("  svc").append(i).append(":\n");
            b.append("    <<: *defaults\n");
            b.append("    image: registry.example:5000/team/app").append(i % 17).append(":${TAG:-1.").append(i).append("}\n");
            b.append("    command: [\"serve\", \"--port\", \"").append(8000 + i).append("\"]\n");
            b.append("    environment:\n      - SERVICE_INDEX=").append(i).append("\n      - LOG_LEVEL=${LOG_LEVEL:-info}\n");
            b.append("      - DB_URL=postgres://db:5432/app").append(i).append("\n");
            b.append("    ports:\n      - \"127.0.0.1:").append(20000 + i).append(':').append(8000 + i).append("\"\n");
            b.append("    volumes:\n      - data").append(i % 10).append(":/var/lib/app\n");
            b.append("      - ./config/svc").append(i).append(":/etc/app:ro\n");
            b.append("    healthcheck:\n      test: [\"CMD\", \"wget\", \"-q\", \"localhost:").append(8000 + i).append("\"]\n");
            b.append("      interval: 10s\n      timeout: 2s\n      retries: 3\n");
            b.append("    labels:\n      team: t").append(i % 7).append("\n      tier: ").append(random.nextBoolean() ? "web" : "worker").append('\n');
            if (i > 0) {
                b.append("    depends_on:\n");
                int deps = 1 + random.nextInt(Math.min(3, i));
                java.util.Set<Integer> seen = new java.util.TreeSet<>();
                for (int d = 0; d < deps; d++) {
                    seen.add(random.nextInt(i));
                }
                for (int d : seen) {
                    b.append("      svc").append(d).append(":\n        condition: service_started\n");
                }
            }
            b.append("    networks: [front, back]\n");
        }
        b.append("networks:\n  front: {}\n  back:\n    internal: true\n");
        b.append("volumes:\n");
        for (int v = 0; v < 10; v++) {
            b.append("  data").append(v).append(": {}\n");
        }
        return b.toString();
    }
}
