package io.jcompose.model.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Replaces the errors of a failed {@code oneOf}/{@code anyOf} by those of the branch the user most likely meant:
 * the branches whose type fits the value; among them the one whose errors reach deepest into the value. When no
 * branch fits the value's type, one type error listing every accepted type takes their place.
 */
final class BranchSelector {

    private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");
    /** Keywords that move evaluation one level down into the instance, and whether a name or index follows. */
    private static final Map<String, Boolean> DESCENDING = Map.of(
            "properties", true, "patternProperties", true, "prefixItems", true,
            "additionalProperties", false, "items", false, "additionalItems", false,
            "unevaluatedProperties", false, "unevaluatedItems", false, "contains", false);

    private BranchSelector() {
    }

    static List<Failure> select(List<Failure> failures) {
        return select(failures, 0);
    }

    private record Group(List<Object> evaluation, List<Object> instance) {
    }

    private static List<Failure> select(List<Failure> failures, int from) {
        List<Failure> out = new ArrayList<>();
        Map<Group, Map<String, List<Failure>>> groups = new LinkedHashMap<>();
        Map<Group, Failure> summaries = new LinkedHashMap<>();
        for (Failure f : failures) {
            int at = combinatorAt(f.evaluation(), from);
            if (at >= 0) {
                List<Object> instance = f.instance().subList(0,
                        Math.min(f.instance().size(), instanceDepth(f.evaluation(), at)));
                groups.computeIfAbsent(new Group(f.evaluation().subList(0, at + 1), instance),
                        g -> new LinkedHashMap<>())
                        .computeIfAbsent(String.valueOf(f.evaluation().get(at + 1)), b -> new ArrayList<>()).add(f);
            } else if (COMBINATORS.contains(f.keyword()) && f.evaluation().size() > from) {
                summaries.put(new Group(f.evaluation(), f.instance()), f);
            } else {
                out.add(f);
            }
        }
        for (Map.Entry<Group, Map<String, List<Failure>>> group : groups.entrySet()) {
            Failure summary = summaries.remove(group.getKey());
            if (summary != null && validBranches(summary) > 0) {
                out.add(summary);
            } else {
                out.addAll(resolve(group.getKey(), group.getValue()));
            }
        }
        out.addAll(summaries.values());
        return out;
    }

    private static List<Failure> resolve(Group group, Map<String, List<Failure>> branches) {
        int branchAt = group.evaluation().size();
        List<List<Failure>> fitting = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (List<Failure> branch : branches.values()) {
            List<Failure> typeErrors = branch.stream().filter(f -> rejectsType(f, branchAt)).toList();
            if (typeErrors.isEmpty()) {
                fitting.add(branch);
            }
            typeErrors.forEach(f -> addTypes(types, f.schemaNode()));
        }
        if (fitting.isEmpty()) {
            ArrayNode expected = JsonNodeFactory.instance.arrayNode();
            types.forEach(expected::add);
            return List.of(Failure.typeMismatch(group.instance(), group.evaluation(), expected));
        }
        List<Failure> best = fitting.stream()
                .max(Comparator.comparingInt(BranchSelector::depth)
                        .thenComparing(Comparator.comparingInt((List<Failure> b) -> b.size()).reversed()))
                .orElseThrow();
        return select(best, branchAt + 1);
    }

    /** A type error of the branch itself (possibly behind {@code $ref}s), not of a value inside it. */
    private static boolean rejectsType(Failure f, int branchAt) {
        List<Object> e = f.evaluation();
        if (!"type".equals(f.keyword()) || e.size() < branchAt + 2) {
            return false;
        }
        for (int i = branchAt + 1; i < e.size() - 1; i++) {
            if (!"$ref".equals(e.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addTypes(Set<String> types, JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.values().forEach(t -> types.add(t.asString()));
        } else {
            types.add(node.asString());
        }
    }

    private static int depth(List<Failure> branch) {
        return branch.stream().mapToInt(f -> f.instance().size()).max().orElse(0);
    }

    private static int validBranches(Failure summary) {
        Object[] args = summary.arguments();
        return args.length > 0 && args[0] instanceof Number n ? n.intValue() : 0;
    }

    private static int combinatorAt(List<Object> evaluation, int from) {
        for (int i = from; i < evaluation.size() - 1; i++) {
            if (COMBINATORS.contains(String.valueOf(evaluation.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** How deep into the instance the evaluation had gone when it reached {@code upTo}. */
    private static int instanceDepth(List<Object> evaluation, int upTo) {
        int depth = 0;
        for (int i = 0; i < upTo; i++) {
            Boolean named = DESCENDING.get(String.valueOf(evaluation.get(i)));
            if (named != null) {
                depth++;
                if (named) {
                    i++;
                }
            } else if (COMBINATORS.contains(String.valueOf(evaluation.get(i))) || "allOf".equals(evaluation.get(i))) {
                i++;
            }
        }
        return depth;
    }
}
