package io.jcompose.model.interpolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A string parsed into literal text and variable substitutions, so that parsing (and its syntax errors) is
 * separate from evaluation against an environment.
 */
public record Template(List<TemplatePart> parts) {

    /** The empty template. */
    public static final Template EMPTY = new Template(List.of());

    public Template {
        parts = List.copyOf(parts);
    }

    /** Parses {@code text}; throws {@link TemplateSyntaxException} for malformed braced forms. */
    public static Template parse(String text) {
        return TemplateParser.parse(text);
    }

    /** Whether the template has no substitutions. */
    public boolean isLiteral() {
        return parts.stream().allMatch(p -> p instanceof TemplatePart.Literal);
    }

    /** The substitutions of this template, not those nested in arguments. */
    public List<Substitution> substitutions() {
        List<Substitution> subs = new ArrayList<>();
        for (TemplatePart p : parts) {
            if (p instanceof Substitution s) {
                subs.add(s);
            }
        }
        return subs;
    }

    /**
     * The template's value. Arguments are evaluated only when used. {@code unset} hears the name of each
     * variable that is read with no operator while unset; {@link MissingVariableException} reports a required
     * variable without a value.
     */
    public String evaluate(Function<String, Optional<String>> lookup, Consumer<String> unset) {
        StringBuilder out = new StringBuilder();
        for (TemplatePart p : parts) {
            switch (p) {
                case TemplatePart.Literal l -> out.append(l.text());
                case Substitution s -> out.append(evaluate(s, lookup, unset));
            }
        }
        return out.toString();
    }

    private static String evaluate(Substitution s, Function<String, Optional<String>> lookup,
            Consumer<String> unset) {
        Optional<String> value = lookup.apply(s.name());
        boolean set = value.isPresent();
        boolean nonEmpty = set && !value.get().isEmpty();
        return switch (s.operator()) {
            case NONE -> {
                if (!set) {
                    unset.accept(s.name());
                }
                yield value.orElse("");
            }
            case DEFAULT_IF_UNSET_OR_EMPTY -> nonEmpty ? value.get() : s.argument().evaluate(lookup, unset);
            case DEFAULT_IF_UNSET -> set ? value.get() : s.argument().evaluate(lookup, unset);
            case REQUIRED_NON_EMPTY, REQUIRED_SET -> {
                if (s.operator() == Operator.REQUIRED_NON_EMPTY ? !nonEmpty : !set) {
                    throw new MissingVariableException(s.name(), s.argument().evaluate(lookup, unset));
                }
                yield value.get();
            }
            case ALTERNATE_IF_NON_EMPTY -> nonEmpty ? s.argument().evaluate(lookup, unset) : "";
            case ALTERNATE_IF_SET -> set ? s.argument().evaluate(lookup, unset) : "";
        };
    }
}
