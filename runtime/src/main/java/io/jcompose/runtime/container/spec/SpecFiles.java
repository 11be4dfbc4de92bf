package io.jcompose.runtime.container.spec;

import io.jcompose.runtime.container.spec.json.RuntimeSpecJson;
import io.jcompose.runtime.image.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a bundle's {@code config.json} so that runc never sees half of one, and reads it back. */
public final class SpecFiles {

    /** The file name runc looks for in a bundle. */
    public static final String CONFIG = "config.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SpecFiles() {
    }

    /** Replaces {@code bundle/config.json} atomically (temp file, fsync, rename); creates the bundle directory. */
    public static Path write(Path bundle, RuntimeSpecJson spec) throws IOException {
        Path target = bundle.resolve(CONFIG);
        AtomicFiles.write(target, toJson(spec));
        return target;
    }

    public static RuntimeSpecJson read(Path bundle) throws IOException {
        Path file = bundle.resolve(CONFIG);
        try {
            return MAPPER.readValue(Files.readAllBytes(file), RuntimeSpecJson.class);
        } catch (JacksonException e) {
            throw new IOException("invalid " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON runc reads, indented so that a person can read it too. */
    public static byte[] toJson(RuntimeSpecJson spec) {
        return MAPPER.writeValueAsBytes(spec);
    }
}
