package io.jcompose.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The schema file's JSON reader: the same values as the YAML reader gives, and strict about syntax. */
class SchemaJsonTest {

    @Test
    void readsTheComposeSchemaAsTheYamlReaderDoes() throws IOException {
        String text;
        try (InputStream in = SchemaCheck.class.getResourceAsStream("compose-spec.schema.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SchemaJson.parse(text)).isEqualTo(plain(YamlReader.read("schema.json", text)));
    }

    @Test
    void readsEscapesNumbersAndLiterals() {
        assertThat(SchemaJson.parse(" {\"a\\\"b\": [\"\\u00e9\\n\\t\\/\", -0, 12, 1.5e2, 123456789012345678901, true, false, null]} "))
                .isEqualTo(Map.of("a\"b", java.util.Arrays.asList("é\n\t/", 0L, 12L, 150.0,
                        new BigInteger("123456789012345678901"), true, false, null)));
        assertThat(SchemaJson.parse("[]")).isEqualTo(List.of());
        assertThat(SchemaJson.parse("{}")).isEqualTo(Map.of());
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : List.of("{\"a\": 1,}", "[1 2]", "{'a': 1}", "{\"a\" 1}", "\"open", "01", "1.", "tru",
                "{\"a\": 1, \"a\": 2}", "[1] x", "", "{\"a\": \"tab\there\"}", "\"\\x\"")) {
            assertThatThrownBy(() -> SchemaJson.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("invalid JSON at line ");
        }
        assertThatThrownBy(() -> SchemaJson.parse("{\n\"a\": 1,\n\"a\": 2}"))
                .hasMessage("invalid JSON at line 3: duplicate key \"a\"");
    }

    @Test
    void randomValuesSurviveWritingAndReading() {
        Random random = new Random(20250604);
        for (int i = 0; i < 300; i++) {
            Object value = randomValue(random, 0);
            assertThat(SchemaJson.parse(write(value))).isEqualTo(value);
        }
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 5 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong() >> random.nextInt(64);
            case 3 -> (double) random.nextInt(100000) / 64;
            case 4 -> randomString(random);
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    map.put(randomString(random), randomValue(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static String randomString(Random random) {
        String alphabet = "ab^$-_ \"\\/\n\té\u0001";
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String write(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(write(k) + " : " + write(v)));
            return "{" + String.join(",\n ", parts) + "}";
        }
        if (value instanceof List<?> list) {
            return "[ " + String.join(" , ", list.stream().map(SchemaJsonTest::write).toList()) + " ]";
        }
        if (value instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }
        return String.valueOf(value);
    }

    private static Object plain(Node node) {
        return switch (node) {
            case MapNode m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> out.put(k, plain(v)));
                yield out;
            }
            case ListNode l -> l.items().stream().map(SchemaJsonTest::plain).toList();
            case ScalarNode s -> s.value();
        };
    }
}
