package io.jcompose.runtime.registry.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a failed registry response (status plus {@code {"errors":[{"code","message"}]}} body) into words. */
public final class RegistryErrors {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    private RegistryErrors() {
    }

    /** Reads (a bounded part of) the body, closes it, and returns the failure. */
    public static RegistryException failure(HttpResponse<InputStream> response) {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in == null ? new byte[0] : in.readNBytes(MAX_BODY);
        } catch (IOException e) {
            body = new byte[0];
        }
        return failure(response.statusCode(), body);
    }

    public static RegistryException failure(int status, byte[] body) {
        List<String[]> errors = parse(body);
        String code = errors.isEmpty() ? null : errors.getFirst()[0];
        return new RegistryException(describe(status, errors), status, code, null);
    }

    static String describe(int status, List<String[]> errors) {
        if (errors.isEmpty()) {
            return switch (status) {
                case 401 -> "unauthorized: authentication required";
                case 403 -> "denied: requested access to the resource is denied";
                case 404 -> "not found";
                case 429 -> "toomanyrequests: too many requests";
                default -> "unexpected HTTP status " + status;
            };
        }
        List<String> parts = new ArrayList<>();
        for (String[] e : errors) {
            parts.add(format(e[0], e[1]));
        }
        return String.join("; ", parts);
    }

    /** {@code MANIFEST_UNKNOWN} + "manifest unknown" reads "manifest unknown"; otherwise "code words: message". */
    static String format(String code, String message) {
        String words = code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (message == null || message.isBlank()) {
            return words.isEmpty() ? "unknown error" : words;
        }
        if (words.isEmpty() || words.equalsIgnoreCase(message.trim())) {
            return message.trim();
        }
        return words + ": " + message.trim();
    }

    /** The {@code [code, message]} pairs of an error body; empty when it is not one. */
    static List<String[]> parse(byte[] body) {
        List<String[]> out = new ArrayList<>();
        if (body.length == 0) {
            return out;
        }
        try {
            JsonNode errors = MAPPER.readTree(body).get("errors");
            if (errors != null && errors.isArray()) {
                for (JsonNode e : errors) {
                    out.add(new String[] {text(e, "code"), text(e, "message")});
                }
            }
        } catch (RuntimeException e) {
            // not JSON: fall back to the status
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }
}
