package io.jcompose.cli.image;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON laid out as the docker CLI's inspect commands print it (Go's four-space {@code MarshalIndent}:
 * {@code "key": value}, {@code []} and {@code {}} when empty), so scripts and eyes see the same text.
 */
public final class DockerJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private DockerJson() {
    }

    public static String indent(Object value) {
        StringBuilder out = new StringBuilder();
        write(JSON.valueToTree(value), "", out);
        return out.toString();
    }

    private static void write(JsonNode node, String indent, StringBuilder out) {
        String inner = indent + "    ";
        if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            int i = 0;
            for (JsonNode element : node) {
                out.append(inner);
                write(element, inner, out);
                out.append(++i < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.append(inner).append(JSON.writeValueAsString(field.getKey())).append(": ");
                write(field.getValue(), inner, out);
                out.append(++i < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }
}
