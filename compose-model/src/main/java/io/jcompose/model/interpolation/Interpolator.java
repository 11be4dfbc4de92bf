package io.jcompose.model.interpolation;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Replaces variable references in every string value of a tree (never in mapping keys), as compose-go does, and
 * casts fields the compose-spec types as numbers or booleans; one instance warns once per unset variable across
 * all the trees it interpolates.
 */
public final class Interpolator {

    private final Function<String, Optional<String>> lookup;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();

    /** Warns once per unset variable across all trees this instance interpolates. */
    public Interpolator(Function<String, Optional<String>> lookup, Consumer<String> warnings) {
        this.lookup = lookup;
        this.warnings = warnings;
    }

    /** The warning docker compose prints for a variable read while unset. */
    public static String unsetWarning(String name) {
        return "The " + Quote.of(name) + " variable is not set. Defaulting to a blank string.";
    }

    /** The tree with every string interpolated and known typed fields cast (ports, replicas, booleans). */
    public Node interpolate(Node tree) {
        return visit(tree, TreePath.ROOT);
    }

    /**
     * One string interpolated; errors name {@code position} and {@code path}. For stages that interpolate values
     * outside a tree walk.
     */
    public String substitute(String text, Position position, TreePath path) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Template template;
        try {
            template = Template.parse(text);
        } catch (TemplateSyntaxException e) {
            throw new ComposeFileException(position, path, "invalid interpolation format for " + Quote.of(text)
                    + ": you may need to escape any $ with another $");
        }
        try {
            return template.evaluate(lookup, this::warnUnset);
        } catch (MissingVariableException e) {
            throw new ComposeFileException(position, path, e.getMessage());
        }
    }

    /** The variables {@code tree} refers to, nested ones included, sorted by name, one entry a name. */
    public List<VariableUse> variables(Node tree) {
        return VariableCollector.collect(tree);
    }

    private void warnUnset(String name) {
        synchronized (warned) {
            if (!warned.add(name)) {
                return;
            }
        }
        warnings.accept(unsetWarning(name));
    }

    private Node visit(Node node, TreePath path) {
        return switch (node) {
            case MapNode m -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> entries.put(k, visit(v, path.key(k))));
                yield m.withEntries(entries);
            }
            case ListNode l -> {
                List<Node> items = new ArrayList<>(l.size());
                for (int i = 0; i < l.size(); i++) {
                    items.add(visit(l.get(i), path.index(i)));
                }
                yield l.withItems(items);
            }
            case ScalarNode s -> s.value() instanceof String text ? scalar(s, text, path) : s;
        };
    }

    private ScalarNode scalar(ScalarNode s, String text, TreePath path) {
        String value = substitute(text, s.position(), path);
        Optional<TypeCast> cast = TypeCastMapping.forPath(path);
        if (cast.isEmpty()) {
            return value.equals(text) ? s : s.withValue(value);
        }
        try {
            return s.withValue(cast.get().apply(value));
        } catch (IllegalArgumentException e) {
            throw new ComposeFileException(s.position(), path, "failed to cast to expected type: " + e.getMessage());
        }
    }
}
