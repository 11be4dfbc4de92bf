package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.util.List;
import java.util.Map;

/**
 * {@code properties}, {@code patternProperties} and {@code additionalProperties} of one schema, compiled together
 * because the last depends on the other two: a key is additional when no property names it and no pattern finds a
 * match in it.
 *
 * @param properties the schema of each declared key
 * @param patterns key patterns, with {@code patternSchemas} at the same index
 * @param additional the schema for other keys; null when any value is allowed
 * @param forbidden whether other keys are refused ({@code additionalProperties: false})
 * @param known the declared keys in schema order, for suggestions
 * @param extensible whether the schema accepts extension keys ({@code ^x-})
 */
record ObjectCheck(Map<String, CompiledSchema> properties, Regex[] patterns, CompiledSchema[] patternSchemas,
        CompiledSchema additional, boolean forbidden, List<String> known, boolean extensible) implements Check {

    @Override
    public void evaluate(Node node, Evaluation evaluation) {
        if (!(node instanceof MapNode map)) {
            return;
        }
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            CompiledSchema declared = properties.get(key);
            boolean matched = declared != null;
            if (matched) {
                descend(declared, key, entry.getValue(), evaluation);
            }
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].find(key)) {
                    matched = true;
                    descend(patternSchemas[i], key, entry.getValue(), evaluation);
                }
            }
            if (matched) {
                continue;
            }
            if (forbidden) {
                evaluation.fail(new Failure.UnknownKey(evaluation.here(), key, known, extensible));
            } else if (additional != null) {
                descend(additional, key, entry.getValue(), evaluation);
            }
        }
    }

    private static void descend(CompiledSchema schema, String key, Node value, Evaluation evaluation) {
        evaluation.enter(key);
        schema.evaluate(value, evaluation);
        evaluation.leave();
    }
}
