package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import java.util.List;

/**
 * The compiled form of one schema keyword: it checks a value and adds failures to the evaluation. Keywords that
 * only apply to some types (pattern to strings, items to sequences...) let other values pass, as JSON Schema does.
 */
sealed interface Check permits Check.TypeCheck, Check.RefCheck, ObjectCheck, Check.RequiredCheck,
        Check.PropertyNamesCheck, Check.EnumCheck, Check.PatternCheck, Check.ItemsCheck, Check.UniqueItemsCheck,
        Check.MinimumCheck {

    void evaluate(Node node, Evaluation evaluation);

    /** {@code type}: one name or a list of names. */
    record TypeCheck(JsonType[] types, List<String> names) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            for (JsonType type : types) {
                if (type.matches(node)) {
                    return;
                }
            }
            evaluation.fail(new Failure.WrongType(evaluation.here(), names));
        }
    }

    /** {@code $ref}: the target was resolved when compiling. */
    record RefCheck(CompiledSchema target) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            target.evaluate(node, evaluation);
        }
    }

    /** {@code required}. */
    record RequiredCheck(List<String> keys) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof MapNode map) {
                for (String key : keys) {
                    if (!map.has(key)) {
                        evaluation.fail(new Failure.Missing(evaluation.here(), key));
                    }
                }
            }
        }
    }

    /** {@code propertyNames}: each key, as a string, must pass {@code names}. */
    record PropertyNamesCheck(CompiledSchema names) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof MapNode map) {
                for (String key : map.keys()) {
                    int mark = evaluation.mark();
                    names.evaluate(ScalarNode.of(key, Position.NONE), evaluation);
                    if (evaluation.rollback(mark)) {
                        evaluation.fail(new Failure.BadName(evaluation.here(), key));
                    }
                }
            }
        }
    }

    /** {@code enum}: equal, as JSON values, to one of {@code values}. */
    record EnumCheck(List<Node> values) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            for (Node value : values) {
                if (SameValue.test(node, value)) {
                    return;
                }
            }
            evaluation.fail(new Failure.NotInEnum(evaluation.here(), values));
        }
    }

    /** {@code pattern}: a string must contain a match (the pattern is not anchored unless it says so). */
    record PatternCheck(Regex regex) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof ScalarNode s && s.value() instanceof String text && !regex.find(text)) {
                evaluation.fail(new Failure.NoMatch(evaluation.here(), regex.source()));
            }
        }
    }

    /** {@code items} with one schema for every item. */
    record ItemsCheck(CompiledSchema items) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof ListNode list) {
                List<Node> all = list.items();
                for (int i = 0; i < all.size(); i++) {
                    evaluation.enter(i);
                    items.evaluate(all.get(i), evaluation);
                    evaluation.leave();
                }
            }
        }
    }

    /** {@code uniqueItems: true}. */
    record UniqueItemsCheck() implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof ListNode list && SameValue.firstRepeat(list.items()) >= 0) {
                evaluation.fail(new Failure.Duplicate(evaluation.here()));
            }
        }
    }

    /** {@code minimum}, inclusive; {@code text} is the bound as the schema writes it. */
    record MinimumCheck(Object minimum, String text) implements Check {
        @Override
        public void evaluate(Node node, Evaluation evaluation) {
            if (node instanceof ScalarNode s && JsonType.isNumber(s.value())
                    && Numbers.compare(s.value(), minimum) < 0) {
                evaluation.fail(new Failure.TooSmall(evaluation.here(), text));
            }
        }
    }
}
