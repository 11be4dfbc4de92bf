package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled JSON Schema plus the means to explain its failures against our tree; compiled once and shared, since
 * the compiled schema is immutable and each run keeps its state in its own {@link Evaluation}.
 */
final class SchemaCheck {

    private final CompiledSchema schema;

    private SchemaCheck(String schemaJson) {
        this.schema = SchemaCompiler.compile(SchemaJson.parse(schemaJson));
    }

    /** The Compose file schema, read and compiled on first use. */
    static SchemaCheck compose() {
        return ComposeHolder.INSTANCE;
    }

    /** A check for another schema (tests); throws IllegalArgumentException for an unsupported keyword. */
    static SchemaCheck of(String schemaJson) {
        return new SchemaCheck(schemaJson);
    }

    /** The first problem of {@code tree} in document order, if any. */
    Optional<Violation> firstViolation(Node tree) {
        Evaluation evaluation = new Evaluation();
        schema.evaluate(tree, evaluation);
        if (evaluation.failures().isEmpty()) {
            return Optional.empty();
        }
        Violation first = null;
        for (Failure failure : withoutShadowedRequired(evaluation.failures())) {
            Optional<Violation> v = FailureMessages.describe(failure, tree);
            if (v.isPresent() && (first == null || Violation.DOCUMENT_ORDER.compare(v.get(), first) < 0)) {
                first = v.get();
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * A mapping with an unknown key and a missing required one most likely has the required key misspelt: the
     * unknown key is the better report, so the "missing" one is dropped.
     */
    private static List<Failure> withoutShadowedRequired(List<Failure> failures) {
        Set<List<Object>> withUnknownKeys = new HashSet<>();
        for (Failure f : failures) {
            if (f instanceof Failure.UnknownKey) {
                withUnknownKeys.add(f.instance());
            }
        }
        List<Failure> kept = new ArrayList<>();
        for (Failure f : failures) {
            if (!(f instanceof Failure.Missing && withUnknownKeys.contains(f.instance()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static final class ComposeHolder {
        static final SchemaCheck INSTANCE = new SchemaCheck(ComposeSchemaText.JSON);
    }
}
