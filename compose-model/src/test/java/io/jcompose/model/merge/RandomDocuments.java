package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Random Compose documents over a small vocabulary, so that merges hit the same keys often. */
final class RandomDocuments {

    private static final Position AT = new Position("random.yaml", 1, 1);
    private final Random random;
    private final boolean withLogging;

    RandomDocuments(long seed, boolean withLogging) {
        this.random = new Random(seed);
        this.withLogging = withLogging;
    }

    Node document() {
        Map<String, Node> root = new LinkedHashMap<>();
        Map<String, Node> services = new LinkedHashMap<>();
        for (String name : List.of("web", "db", "api")) {
            if (random.nextInt(3) > 0) {
                services.put(name, tagged(service()));
            }
        }
        root.put("services", map(services));
        if (random.nextBoolean()) {
            root.put("networks", map(Map.of(pick("front", "back"), random.nextBoolean()
                    ? scalar(null) : map(Map.of("labels", keyed())))));
        }
        if (random.nextInt(4) == 0) {
            root.put("x-extra", map(Map.of(pick("a", "b"), scalar(pick("1", "2")))));
        }
        return map(root);
    }

    private Node service() {
        Map<String, Supplier<Node>> fields = new LinkedHashMap<>();
        fields.put("image", () -> scalar(pick("nginx", "alpine", "redis")));
        fields.put("command", () -> list(2, () -> scalar(pick("run", "serve", "-v"))));
        fields.put("environment", this::keyed);
        fields.put("labels", this::keyed);
        fields.put("extra_hosts", () -> random.nextBoolean()
                ? list(2, () -> scalar(pick("db", "cache") + pick(":", "=") + pick("10.0.0.1", "10.0.0.2")))
                : map(Map.of(pick("db", "cache"), scalar(pick("10.0.0.1", "10.0.0.2")))));
        fields.put("ports", () -> list(3, this::port));
        fields.put("volumes", () -> list(3, this::volume));
        fields.put("secrets", () -> list(2, () -> random.nextBoolean() ? scalar(pick("s1", "s2"))
                : map(Map.of("source", scalar(pick("s1", "s3")), "target", scalar(pick("/run/secrets/s1", "/x"))))));
        fields.put("depends_on", () -> random.nextBoolean() ? list(2, () -> scalar(pick("db", "cache")))
                : map(Map.of(pick("db", "cache"), map(Map.of("condition",
                        scalar(pick("service_started", "service_healthy")))))));
        fields.put("networks", () -> random.nextBoolean() ? list(2, () -> scalar(pick("front", "back")))
                : map(Map.of(pick("front", "back"), random.nextBoolean() ? scalar(null)
                        : map(Map.of("aliases", list(2, () -> scalar(pick("a1", "a2"))))))));
        fields.put("build", () -> random.nextBoolean() ? scalar(pick("./a", "./b"))
                : map(Map.of(pick("dockerfile", "target"), scalar(pick("x", "y")), "args", keyed())));
        fields.put("dns", () -> random.nextBoolean() ? scalar(pick("8.8.8.8", "1.1.1.1"))
                : list(2, () -> scalar(pick("8.8.8.8", "1.1.1.1", "9.9.9.9"))));
        fields.put("cap_add", () -> list(2, () -> scalar(pick("NET_ADMIN", "SYS_TIME"))));
        fields.put("env_file", () -> list(2, () -> random.nextBoolean() ? scalar(pick(".env", "a.env"))
                : map(Map.of("path", scalar(pick(".env", "b.env")), "required", scalar(random.nextBoolean())))));
        fields.put("healthcheck", () -> map(random.nextBoolean() ? Map.of("interval", scalar(pick("5s", "10s")))
                : Map.of("test", random.nextBoolean() ? list(2, () -> scalar(pick("CMD", "true")))
                        : scalar(pick("true", "false")))));
        fields.put("deploy", () -> map(Map.of("resources", map(Map.of(pick("limits", "reservations"),
                map(Map.of(pick("cpus", "memory"), scalar(pick("1", "2")))))))));
        fields.put("ulimits", () -> map(Map.of("nofile", random.nextBoolean() ? scalar(1024L)
                : map(Map.of(pick("soft", "hard"), scalar(pick(10L, 20L)))))));
        if (withLogging) {
            fields.put("logging", () -> map(random.nextBoolean()
                    ? Map.of("driver", scalar(pick("json-file", "syslog")))
                    : Map.of("options", map(Map.of(pick("a", "b"), scalar(pick("1", "2")))))));
        }
        Map<String, Node> service = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Node>> f : fields.entrySet()) {
            if (random.nextInt(3) == 0) {
                service.put(f.getKey(), tagged(f.getValue().get()));
            }
        }
        return map(service);
    }

    private Node keyed() {
        if (random.nextBoolean()) {
            return list(3, () -> scalar(pick("A", "B", "C") + pick("=1", "=2", "")));
        }
        Map<String, Node> m = new LinkedHashMap<>();
        m.put(pick("A", "B", "C"), scalar(pick("1", "2", null)));
        m.put(pick("A", "B", "C"), scalar(pick("1", "2")));
        return map(m);
    }

    private Node port() {
        return switch (random.nextInt(4)) {
            case 0 -> scalar(pick("80", "8080:80", "127.0.0.1:8080:80"));
            case 1 -> scalar(pick(80L, 443L));
            case 2 -> map(Map.of("target", scalar(pick(80L, 443L)), "published", scalar(pick("8080", "8443"))));
            default -> scalar(pick("53:53/udp", "443:443"));
        };
    }

    private Node volume() {
        return random.nextBoolean() ? scalar(pick("./a:/data", "vol:/data:ro", "./b:/b", "/cache"))
                : map(Map.of("type", scalar("bind"), "source", scalar(pick("./c", "./d")),
                        "target", scalar(pick("/data", "/c"))));
    }

    private Node tagged(Node node) {
        int r = random.nextInt(12);
        if (r == 0) {
            return node.withTag(Tag.RESET);
        }
        if (r == 1) {
            return node.withTag(Tag.OVERRIDE);
        }
        return node;
    }

    private Node list(int max, Supplier<Node> item) {
        List<Node> items = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            items.add(item.get());
        }
        return ListNode.of(items, AT);
    }

    private static Node map(Map<String, Node> entries) {
        return new MapNode(entries, Map.of(), AT, Tag.NONE);
    }

    private static Node scalar(Object value) {
        return ScalarNode.of(value, AT);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
