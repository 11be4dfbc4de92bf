package io.jcompose.runtime.image.oci;

import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the image JSON documents; one shared, thread-safe mapper. */
public final class OciJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OciJson() {
    }

    public static byte[] write(Object document) {
        return MAPPER.writeValueAsBytes(document);
    }

    public static <T> T read(byte[] json, Class<T> type, String what) throws IOException {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IOException("invalid " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The document's {@code mediaType} field, or null; used to tell an index from a manifest. */
    public static String mediaTypeOf(byte[] json) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(json);
            JsonNode mt = node.get("mediaType");
            if (mt != null && mt.isString()) {
                return mt.asString();
            }
            return node.has("manifests") ? MediaTypes.OCI_INDEX : node.has("layers") ? MediaTypes.OCI_MANIFEST : null;
        } catch (JacksonException e) {
            throw new IOException("invalid JSON document: " + e.getOriginalMessage(), e);
        }
    }
}
