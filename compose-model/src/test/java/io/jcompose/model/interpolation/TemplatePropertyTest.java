package io.jcompose.model.interpolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random checks of the template grammar. */
class TemplatePropertyTest {

    private static final String TEXT_CHARS = "abcXYZ019 -_:?+./=@\"'{}\\\n\t";
    private static final String ARGUMENT_CHARS = "abcXYZ019 -_:?+./=@\"'\\";
    private static final String ANY_CHARS = TEXT_CHARS + "$$$";

    private static String randomText(Random r, String chars, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }

    private static String randomName(Random r) {
        String first = "ABCxyz_";
        String rest = "ABCxyz_019";
        StringBuilder b = new StringBuilder().append(first.charAt(r.nextInt(first.length())));
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(rest.charAt(r.nextInt(rest.length())));
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void textWithoutDollarIsUnchanged(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String text = randomText(r, TEXT_CHARS, 30);
            List<String> unset = new ArrayList<>();
            assertThat(Template.parse(text).evaluate(n -> Optional.of("VALUE"), unset::add)).isEqualTo(text);
            assertThat(unset).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9, 1234})
    void doubledDollarsRoundTrip(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String text = randomText(r, ANY_CHARS, 30);
            Template t = Template.parse(text.replace("$", "$$"));
            assertThat(t.isLiteral()).isTrue();
            assertThat(t.evaluate(n -> Optional.of("VALUE"), n -> { })).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 99})
    void operatorsApplyExactlyWhenUnsetOrEmpty(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            String name = randomName(r);
            String argument = randomText(r, ARGUMENT_CHARS, 8);
            int state = r.nextInt(3);
            Optional<String> value = switch (state) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of("");
                default -> Optional.of("v" + randomText(r, ARGUMENT_CHARS, 5));
            };
            boolean set = value.isPresent();
            boolean nonEmpty = set && !value.get().isEmpty();
            String v = value.orElse("");
            Map<String, String> expected = Map.of(
                    ":-", nonEmpty ? v : argument,
                    "-", set ? v : argument,
                    ":+", nonEmpty ? argument : "",
                    "+", set ? argument : "");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String template = "<${" + name + e.getKey() + argument + "}>";
                String result = Template.parse(template).evaluate(n -> n.equals(name) ? value : Optional.empty(),
                        n -> { });
                assertThat(result).as(template + " with " + value).isEqualTo("<" + e.getValue() + ">");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 77})
    void renderedTemplatesParseBackToTheSameParts(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Template t = randomTemplate(r, 3, true);
            String text = render(t);
            assertThat(Template.parse(text)).as(text).isEqualTo(t);
        }
    }

    private static Template randomTemplate(Random r, int depth, boolean topLevel) {
        List<TemplatePart> parts = new ArrayList<>();
        int n = r.nextInt(4);
        boolean lastLiteral = false;
        for (int i = 0; i < n; i++) {
            if (!lastLiteral && r.nextBoolean()) {
                String text = randomText(r, topLevel ? TEXT_CHARS + "$" : ARGUMENT_CHARS + "$", 6);
                if (!text.isEmpty()) {
                    parts.add(new TemplatePart.Literal(text));
                    lastLiteral = true;
                    continue;
                }
            }
            Operator op = depth == 0 ? Operator.NONE : Operator.values()[r.nextInt(Operator.values().length)];
            if (op == Operator.NONE) {
                parts.add(Substitution.plain(randomName(r)));
            } else {
                Template arg = randomTemplate(r, depth - 1, false);
                parts.add(new Substitution(randomName(r), op, arg, render(arg)));
            }
            lastLiteral = false;
        }
        return new Template(parts);
    }

    private static String render(Template t) {
        StringBuilder b = new StringBuilder();
        for (TemplatePart p : t.parts()) {
            switch (p) {
                case TemplatePart.Literal l -> b.append(l.text().replace("$", "$$"));
                case Substitution s -> b.append("${").append(s.name()).append(s.operator().symbol())
                        .append(render(s.argument())).append('}');
            }
        }
        return b.toString();
    }
}
