package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    private static final Map<String, String> VARS = Map.of("A", "a", "EMPTY", "", "SP", "x y");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "$A|a", "${A}b|ab", "${NOPE:-d}|d", "${EMPTY:-d}|d", "${EMPTY-d}|''", "${A:+set}|set", "${NOPE:+set}|''",
        "${A+set}|set", "'$A'|$A", "\"$A\"|a", "\\$A|$A", "pre${A}post|preapost", "${NOPE:-${A}}|a", "$|$",
    })
    void substitutes(String text, String expected) {
        assertThat(ShellWords.word(text, VARS, '\\')).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void splitsWordsOnUnquotedBlanks() {
        assertThat(ShellWords.words("a \"b c\" 'd e' f\\ g $SP", VARS, '\\'))
                .isEqualTo(List.of("a", "b c", "d e", "f g", "x y"));
        assertThat(ShellWords.words("K=\"v 1\" L=$A", VARS, '\\')).containsExactly("K=v 1", "L=a");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> ShellWords.word("${NOPE:?must be set}", VARS, '\\'))
                .hasMessage("NOPE: must be set");
        assertThatThrownBy(() -> ShellWords.word("'open", VARS, '\\'))
                .hasMessage("unexpected end of statement while looking for matching single-quote in \"'open\"");
        assertThatThrownBy(() -> ShellWords.word("${A", VARS, '\\'))
                .hasMessage("missing '}' in substitution in \"${A\"");
    }
}
