package io.jcompose.model.interpolation;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the variables of a tree for {@code config --variables}. A name used several times is listed once:
 * required if any use is, with the first default and the first alternate met in document order. Variables in
 * arguments (defaults, alternates, messages) are listed too. Strings that are not valid templates are skipped;
 * interpolation reports them.
 */
final class VariableCollector {

    private final Map<String, VariableUse> uses = new TreeMap<>();

    private VariableCollector() {
    }

    static List<VariableUse> collect(Node tree) {
        VariableCollector c = new VariableCollector();
        c.visit(tree);
        return new ArrayList<>(c.uses.values());
    }

    private void visit(Node node) {
        switch (node) {
            case MapNode m -> m.entries().values().forEach(this::visit);
            case ListNode l -> l.items().forEach(this::visit);
            case ScalarNode s -> {
                if (s.value() instanceof String text && text.indexOf('$') >= 0) {
                    try {
                        add(Template.parse(text));
                    } catch (TemplateSyntaxException e) {
                        // reported by interpolation
                    }
                }
            }
        }
    }

    private void add(Template template) {
        for (Substitution s : template.substitutions()) {
            Operator op = s.operator();
            VariableUse use = new VariableUse(s.name(), op.isRequired(), op.isDefault() ? s.argumentText() : null,
                    op.isAlternate() ? s.argumentText() : null);
            uses.merge(s.name(), use, VariableCollector::combine);
            add(s.argument());
        }
    }

    private static VariableUse combine(VariableUse first, VariableUse then) {
        return new VariableUse(first.name(), first.required() || then.required(),
                first.defaultValue() != null ? first.defaultValue() : then.defaultValue(),
                first.alternateValue() != null ? first.alternateValue() : then.alternateValue());
    }
}
