package io.jcompose.model.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateTest {

    private static final Map<String, String> ENV = Map.of("FOO", "foo", "EMPTY", "", "N", "3", "_X1", "x1");

    private static String eval(String template, List<String> unset) {
        return Template.parse(template).evaluate(n -> Optional.ofNullable(ENV.get(n)), unset::add);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("", ""),
                Arguments.of("$FOO", "foo"),
                Arguments.of("${FOO}", "foo"),
                Arguments.of("a${FOO}b", "afoob"),
                Arguments.of("$FOO-bar", "foo-bar"),
                Arguments.of("$FOO.bar", "foo.bar"),
                Arguments.of("${N}${N}", "33"),
                Arguments.of("$_X1", "x1"),
                Arguments.of("$$FOO", "$FOO"),
                Arguments.of("$$", "$"),
                Arguments.of("$$$FOO", "$foo"),
                Arguments.of("$${FOO}", "${FOO}"),
                Arguments.of("$", "$"),
                Arguments.of("a $ b", "a $ b"),
                Arguments.of("$1", "$1"),
                Arguments.of("price: 5$", "price: 5$"),
                Arguments.of("{FOO}", "{FOO}"),
                Arguments.of("${FOO:-def}", "foo"),
                Arguments.of("${UNSET:-def}", "def"),
                Arguments.of("${EMPTY:-def}", "def"),
                Arguments.of("${UNSET-def}", "def"),
                Arguments.of("${EMPTY-def}", ""),
                Arguments.of("${FOO-def}", "foo"),
                Arguments.of("${UNSET:-}", ""),
                Arguments.of("${UNSET:-a b:c}", "a b:c"),
                Arguments.of("${UNSET:-a-$FOO-b}", "a-foo-b"),
                Arguments.of("${UNSET:-${FOO}}", "foo"),
                Arguments.of("${UNSET:-${UNSET2:-x}}", "x"),
                Arguments.of("${UNSET:-${UNSET2:-${FOO}}}/end", "foo/end"),
                Arguments.of("${UNSET:-$$}", "$"),
                Arguments.of("${UNSET:-{x}}", "{x}"),
                Arguments.of("${FOO:+alt}", "alt"),
                Arguments.of("${EMPTY:+alt}", ""),
                Arguments.of("${UNSET:+alt}", ""),
                Arguments.of("${FOO+alt}", "alt"),
                Arguments.of("${EMPTY+alt}", "alt"),
                Arguments.of("${UNSET+alt}", ""),
                Arguments.of("${FOO:+${N}}", "3"),
                Arguments.of("${FOO:?must be set}", "foo"),
                Arguments.of("${EMPTY?must be set}", ""),
                Arguments.of("${FOO?must be set}", "foo"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("valid")
    void evaluatesValidTemplates(String template, String expected) {
        assertThat(eval(template, new ArrayList<>())).isEqualTo(expected);
    }

    static Stream<Arguments> unsetReports() {
        return Stream.of(
                Arguments.of("$UNSET", List.of("UNSET")),
                Arguments.of("${UNSET}", List.of("UNSET")),
                Arguments.of("$foo", List.of("foo")),
                Arguments.of("$FOO_bar", List.of("FOO_bar")),
                Arguments.of("${UNSET:-x}", List.of()),
                Arguments.of("${UNSET+x}", List.of()),
                Arguments.of("${UNSET:-$OTHER}", List.of("OTHER")),
                Arguments.of("${FOO:-$OTHER}", List.of()));
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @MethodSource("unsetReports")
    void reportsVariablesReadWhileUnsetAndEvaluatesArgumentsOnlyWhenUsed(String template, List<String> expected) {
        List<String> unset = new ArrayList<>();
        eval(template, unset);
        assertThat(unset).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is invalid")
    @ValueSource(strings = {"${", "${}", "${FOO", "a ${FOO b", "${1FOO}", "${FOO BAR}", "${FOO:x}", "${-}",
            "${:-x}", "${UNSET:-${}}", "${UNSET:-${A}", "x ${ y }", "${FOO}}${"})
    void rejectsInvalidTemplates(String template) {
        assertThatThrownBy(() -> Template.parse(template)).isInstanceOf(TemplateSyntaxException.class);
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of("${UNSET:?need it}", "required variable UNSET is missing a value: need it"),
                Arguments.of("${EMPTY:?need it}", "required variable EMPTY is missing a value: need it"),
                Arguments.of("${UNSET?need it}", "required variable UNSET is missing a value: need it"),
                Arguments.of("${UNSET:?}", "required variable UNSET is missing a value"),
                Arguments.of("${UNSET?}", "required variable UNSET is missing a value"),
                Arguments.of("${UNSET:?set $FOO}", "required variable UNSET is missing a value: set foo"),
                Arguments.of("${UNSET:-${NESTED:?inner}}", "required variable NESTED is missing a value: inner"));
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("missing")
    void requiredVariablesFailWithTheirMessage(String template, String message) {
        assertThatThrownBy(() -> eval(template, new ArrayList<>()))
                .isInstanceOf(MissingVariableException.class)
                .hasMessage(message);
    }

    @Test
    void parsesIntoPartsKeepingArgumentText() {
        Template t = Template.parse("x${A:-${B}y}$C");
        assertThat(t.parts()).hasSize(3);
        Substitution a = t.substitutions().getFirst();
        assertThat(a.name()).isEqualTo("A");
        assertThat(a.operator()).isEqualTo(Operator.DEFAULT_IF_UNSET_OR_EMPTY);
        assertThat(a.argumentText()).isEqualTo("${B}y");
        assertThat(a.argument().substitutions()).containsExactly(Substitution.plain("B"));
        assertThat(t.substitutions().get(1)).isEqualTo(Substitution.plain("C"));
        assertThat(Template.parse("no vars").isLiteral()).isTrue();
        assertThat(Template.parse("$$").isLiteral()).isTrue();
        assertThat(t.isLiteral()).isFalse();
    }
}
