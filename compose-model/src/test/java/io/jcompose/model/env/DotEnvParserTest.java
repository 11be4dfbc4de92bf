package io.jcompose.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DotEnvParserTest {

    private static final Map<String, String> OUTER = Map.of("PROC", "proc", "PROC_EMPTY", "", "HOME_DIR", "/home/me");

    private static Map<String, String> parse(String text, List<String> unset) {
        return DotEnvParser.parse("test.env", text, n -> Optional.ofNullable(OUTER.get(n)), unset::add);
    }

    /** Expected maps written as alternating keys and values, in order. */
    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("A=1", map("A", "1")),
                Arguments.of("export A=1", map("A", "1")),
                Arguments.of("export\tA=1\nexport=2", map("A", "1", "export", "2")),
                Arguments.of("# comment\n\nA=1\n  # indented comment\nB=2\n", map("A", "1", "B", "2")),
                Arguments.of("A=value # comment", map("A", "value")),
                Arguments.of("A=value#not-a-comment", map("A", "value#not-a-comment")),
                Arguments.of("A=  spaced value  \t", map("A", "spaced value")),
                Arguments.of("A='single $PROC \\n # kept'", map("A", "single $PROC \\n # kept")),
                Arguments.of("A='it\\'s'", map("A", "it's")),
                Arguments.of("A=\"tab\\tnl\\nq\\\"bs\\\\\"", map("A", "tab\tnl\nq\"bs\\")),
                Arguments.of("A=\"a\\'b\\c\"", map("A", "a\\'b\\c")),
                Arguments.of("A=\"\\0101\\0\"", map("A", "A\\0")),
                Arguments.of("A=\"$PROC ${B:-def}\"", map("A", "proc def")),
                Arguments.of("A=\"\\$PROC\"", map("A", "$PROC")),
                Arguments.of("A=$$PROC", map("A", "$PROC")),
                Arguments.of("A=$PROC-x", map("A", "proc-x")),
                Arguments.of("A=1\nB=${A}2", map("A", "1", "B", "12")),
                Arguments.of("PROC=file\nB=$PROC", map("PROC", "file", "B", "proc")),
                Arguments.of("HOME_DIR\nUNKNOWN\nPROC_EMPTY", map("HOME_DIR", "/home/me", "PROC_EMPTY", "")),
                Arguments.of("A=", map("A", "")),
                Arguments.of("A=\nB=2", map("A", "", "B", "2")),
                Arguments.of("A=\"line1\nline2\"\nB=2", map("A", "line1\nline2", "B", "2")),
                Arguments.of("A='multi\n# not a comment\nline'", map("A", "multi\n# not a comment\nline")),
                Arguments.of("A: yaml style", map("A", "yaml style")),
                Arguments.of("A=\"quoted\" # comment\nB=2", map("A", "quoted", "B", "2")),
                Arguments.of("A.B-C[0]=x", map("A.B-C[0]", "x")),
                Arguments.of("A=1\r\nB=2\r\n", map("A", "1", "B", "2")),
                Arguments.of("\uFEFFA=bom", map("A", "bom")),
                Arguments.of("A=x\nA=y", map("A", "y")),
                Arguments.of("ÄÖ=unicode", map("ÄÖ", "unicode")),
                Arguments.of("A=x=y", map("A", "x=y")),
                Arguments.of("A=${UNSET:-${PROC}}", map("A", "proc")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("valid")
    void parsesValidFiles(String text, Map<String, String> expected) {
        Map<String, String> actual = parse(text, new ArrayList<>());
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("A B=1", "test.env:1: key cannot contain a space"),
                Arguments.of("A$=1", "test.env:1: unexpected character \"$\" in variable name \"A$=1\""),
                Arguments.of("ok=1\nbad@key=2 # x",
                        "test.env:2: unexpected character \"@\" in variable name \"bad@key=2 # x\""),
                Arguments.of("export A\"=1", "test.env:1: unexpected character \"\\\"\" in variable name \"A\\\"=1\""),
                Arguments.of("=x", "test.env:1: unexpected character \"=\" in variable name \"=x\""),
                Arguments.of("A=1\nB=\"unterminated\nC=2",
                        "test.env:2: unterminated quoted value \"unterminated"),
                Arguments.of("A=${", "test.env:1: invalid interpolation format for \"${\": "
                        + "you may need to escape any $ with another $"),
                Arguments.of("\n\nA=${X:?need X}", "test.env:3: required variable X is missing a value: need X"),
                Arguments.of("A=\"${PROC_EMPTY:?}\"", "test.env:1: required variable PROC_EMPTY is missing a value"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void rejectsInvalidFiles(String text, String message) {
        assertThatThrownBy(() -> parse(text, new ArrayList<>()))
                .isInstanceOf(EnvFileException.class)
                .hasMessage(message);
    }

    @Test
    void reportsUnsetVariablesButNotInSingleQuotes() {
        List<String> unset = new ArrayList<>();
        parse("A=$NOPE\nB='$NOT_READ'\nC=\"${ALSO}\"\nD=${DEF:-x}", unset);
        assertThat(unset).containsExactly("NOPE", "ALSO");
    }

    @Test
    void parsesTheSampleFile() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/env/sample.env")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(parse(text, new ArrayList<>())).containsExactlyEntriesOf(map(
                "TAG", "1.25",
                "IMAGE", "nginx:1.25",
                "EMPTY", "",
                "PASSWORD", "pa$$word # not a comment",
                "GREETING", "Hello\tstranger!",
                "MULTI", "first line\nsecond line",
                "HOME_DIR", "/home/me",
                "INDENTED", "spaced",
                "URL", "http://example.com/#anchor",
                "ESCAPED", "${TAG}"));
    }
}
