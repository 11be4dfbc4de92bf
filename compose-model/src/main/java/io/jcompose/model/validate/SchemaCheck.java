package io.jcompose.model.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compiled JSON Schema plus the means to explain its errors against our tree; compiled once and shared, since
 * the validator's compiled schema is safe to use from several threads.
 */
final class SchemaCheck {

    private static final String COMPOSE_RESOURCE = "/io/jcompose/model/validate/compose-spec.schema.json";

    private final Schema schema;
    private final FailureMessages messages;

    private SchemaCheck(JsonNode schemaJson) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        String id = schemaJson.path("$id").asString("urn:jcompose:schema");
        this.schema = registry.getSchema(SchemaLocation.of(id), schemaJson);
        // Validators are built lazily: a file meets few of the schema's branches, and start-up time counts.
        this.messages = new FailureMessages(schemaJson);
    }

    /** The Compose file schema, loaded on first use. */
    static SchemaCheck compose() {
        return ComposeHolder.INSTANCE;
    }

    static SchemaCheck of(JsonNode schemaJson) {
        return new SchemaCheck(schemaJson);
    }

    /** The first problem of {@code tree} in document order, if any. */
    Optional<Violation> firstViolation(Node tree) {
        List<Error> errors = schema.validate(TreeJson.toJson(tree));
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        List<Failure> failures = withoutShadowedRequired(
                BranchSelector.select(errors.stream().map(Failure::of).toList()));
        return failures.stream()
                .flatMap(f -> messages.describe(f, tree).stream())
                .min(Violation.DOCUMENT_ORDER);
    }

    /**
     * A mapping with an unknown key and a missing required one most likely has the required key misspelt: the
     * unknown key is the better report, so the "missing" one is dropped.
     */
    private static List<Failure> withoutShadowedRequired(List<Failure> failures) {
        Set<List<Object>> withUnknownKeys = new HashSet<>();
        failures.stream().filter(f -> f.keyword().equals("additionalProperties"))
                .forEach(f -> withUnknownKeys.add(f.instance()));
        return failures.stream()
                .filter(f -> !(f.keyword().equals("required") && withUnknownKeys.contains(f.instance())))
                .toList();
    }

    private static final class ComposeHolder {
        static final SchemaCheck INSTANCE = new SchemaCheck(readResource(COMPOSE_RESOURCE));
    }

    private static JsonNode readResource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
