package io.jcompose.model.extend;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;

/**
 * One service's {@code extends}, parsed: the base service's name, the file it is in ({@code null} for this file)
 * and where it was written.
 *
 * @param service the name of the service extended
 * @param file the file as written, or null for the same file
 * @param position where the reference was written, for messages
 * @param path {@code services.NAME.extends}
 */
record ExtendsReference(String service, String file, Position position, TreePath path) {

    /** Parses {@code extends: name} or {@code extends: {service: name, file: path}}. */
    static ExtendsReference parse(Node node, TreePath path) {
        if (node instanceof ScalarNode s && s.isString()) {
            return new ExtendsReference(s.asText(), null, s.position(), path);
        }
        if (node instanceof MapNode m) {
            if (!(m.getOrNull("service") instanceof ScalarNode s) || !s.isString() || s.asText().isEmpty()) {
                throw new ComposeFileException(m.position(), path, "\"service\" is required");
            }
            String file = m.getOrNull("file") instanceof ScalarNode f && !f.isNull() ? f.asText() : null;
            return new ExtendsReference(s.asText(), file, s.position(), path);
        }
        throw new ComposeFileException(node.position(), path,
                "must be a string or a mapping with \"service\" and \"file\", got a " + node.kind());
    }
}
