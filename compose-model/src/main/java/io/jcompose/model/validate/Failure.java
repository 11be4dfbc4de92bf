package io.jcompose.model.validate;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One schema error in a form independent of the validator library: which keyword failed, where in the instance,
 * along which evaluation path and at which place of the schema document, so messages can be built from it.
 *
 * @param keyword the failing keyword ("type", "additionalProperties", ...)
 * @param instance path of the failing value in the document (keys as strings, indexes as integers)
 * @param evaluation the keywords walked from the schema root, including {@code $ref}, {@code oneOf} and branch indexes
 * @param schemaPath where the failing keyword sits in the schema document (a JSON pointer as segments)
 * @param property the property named by the error (unknown, missing or invalid key), or null
 * @param schemaNode the value of the failing keyword in the schema
 * @param arguments the library's message arguments
 * @param libraryMessage the library's own message, the last resort for keywords we do not describe
 */
record Failure(String keyword, List<Object> instance, List<Object> evaluation, List<Object> schemaPath,
        String property, JsonNode schemaNode, Object[] arguments, String libraryMessage) {

    Failure {
        instance = List.copyOf(instance);
        evaluation = List.copyOf(evaluation);
        schemaPath = List.copyOf(schemaPath);
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    static Failure of(Error error) {
        return new Failure(error.getKeyword(), segments(error.getInstanceLocation()),
                segments(error.getEvaluationPath()), segments(error.getSchemaLocation().getFragment()),
                error.getProperty(), error.getSchemaNode(), error.getArguments(), error.getMessage());
    }

    /** A type failure built by us: the value matched none of the accepted types listed in {@code types}. */
    static Failure typeMismatch(List<Object> instance, List<Object> evaluation, JsonNode types) {
        return new Failure("type", instance, evaluation, List.of(), null, types, null, "");
    }

    private static List<Object> segments(NodePath path) {
        List<Object> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }
}
