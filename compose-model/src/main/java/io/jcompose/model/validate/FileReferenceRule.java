package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Set;
import java.util.function.Function;

/** The secrets or configs a service uses must be declared at the top level; one instance per kind. */
final class FileReferenceRule implements ServiceRule {

    private final String field;
    private final String noun;
    private final Function<ProjectView, Set<String>> declared;

    private FileReferenceRule(String field, String noun, Function<ProjectView, Set<String>> declared) {
        this.field = field;
        this.noun = noun;
        this.declared = declared;
    }

    static FileReferenceRule secrets() {
        return new FileReferenceRule("secrets", "secret", ProjectView::secrets);
    }

    static FileReferenceRule configs() {
        return new FileReferenceRule("configs", "config", ProjectView::configs);
    }

    @Override
    public void check(ServiceView service, ProjectView project) {
        for (Node item : service.items(field)) {
            Node source = item instanceof MapNode m ? m.getOrNull("source") : item;
            if (source instanceof ScalarNode s && !s.isNull() && !declared.apply(project).contains(s.asText())) {
                throw ServiceRule.invalid(s.position(), "service \"" + service.name() + "\" refers to undefined "
                        + noun + " \"" + s.asText() + "\"");
            }
        }
    }
}
