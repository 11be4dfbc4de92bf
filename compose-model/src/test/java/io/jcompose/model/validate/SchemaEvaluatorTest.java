package io.jcompose.model.validate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jcompose.model.yaml.YamlReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our JSON Schema evaluator on small schemas: the keywords it supports, and those it refuses to compile. */
class SchemaEvaluatorTest {

    private static SchemaCheck schema(String json) {
        return SchemaCheck.of(json);
    }

    private static Optional<String> message(SchemaCheck check, String yaml) {
        return check.firstViolation(YamlReader.read("compose.yaml", yaml)).map(v -> v.toException().getMessage());
    }

    @Test
    void refusesKeywordsItDoesNotImplement() {
        assertThatThrownBy(() -> schema("""
                {"type": "object", "properties": {"port": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported schema keyword oneOf at /properties/port");
        assertThatThrownBy(() -> schema("{\"anyOf\": []}")).hasMessage("unsupported schema keyword anyOf at /");
        assertThatThrownBy(() -> schema("{\"$defs\": {\"a\": {\"const\": 1}}}"))
                .hasMessage("unsupported schema keyword const at /$defs/a");
        assertThatThrownBy(() -> schema("{\"type\": \"int\"}")).hasMessage("unknown type int at /type");
        assertThatThrownBy(() -> schema("{\"$ref\": \"other.json#/a\"}"))
                .hasMessageStartingWith("unsupported $ref other.json#/a");
        assertThatThrownBy(() -> schema("{\"$ref\": \"#/$defs/nothing\"}"))
                .hasMessage("$ref #/$defs/nothing points at nothing at /$ref");
        assertThatThrownBy(() -> schema("{\"items\": false}"))
                .hasMessage("a schema must be an object or true, got false at /items");
    }

    @Test
    void integerMeansAWholeNumberAndNumberIncludesIntegers() {
        SchemaCheck check = schema("""
                {"properties": {"i": {"type": "integer"}, "n": {"type": "number"}}}
                """);
        assertThat(message(check, "{i: 2.0, n: 3}")).isEmpty();
        assertThat(message(check, "{i: 12345678901234567890, n: 1.5}")).isEmpty();
        assertThat(message(check, "i: 2.5")).contains("compose.yaml:1:4: i: must be an integer, got the number 2.5");
        assertThat(message(check, "n: \"3\"")).contains("compose.yaml:1:4: n: must be a number, got the string \"3\"");
    }

    @Test
    void followsRecursiveReferencesAndPointersIntoDefinitions() {
        SchemaCheck check = schema("""
                {"$ref": "#/$defs/node",
                 "$defs": {
                   "node": {"type": "object", "additionalProperties": false,
                            "properties": {"child": {"$ref": "#/$defs/node"}, "tags": {"$ref": "#/$defs/list/items"}}},
                   "list": {"type": "array", "items": {"type": "string"}}}}
                """);
        assertThat(message(check, "child: {child: {child: {}}}")).isEmpty();
        assertThat(message(check, "child: {child: {chld: 1}}"))
                .contains("compose.yaml:1:17: child.child: additional property \"chld\" is not allowed"
                        + " (did you mean \"child\"?)");
        assertThat(message(check, "tags: 5")).contains("compose.yaml:1:7: tags: must be a string, got the number 5");
    }

    @Test
    void patternsFindAMatchAnywhereUnlessAnchored() {
        SchemaCheck check = schema("""
                {"patternProperties": {"b": {"type": "string"}}, "additionalProperties": {"type": "integer"},
                 "properties": {"p": {"pattern": "[0-9]"}, "q": {"pattern": "^[0-9]+$"}}}
                """);
        assertThat(message(check, "{abc: s, other: 1, p: a1b, q: \"12\"}")).isEmpty();
        assertThat(message(check, "abc: 1")).contains("compose.yaml:1:6: abc: must be a string, got the number 1");
        assertThat(message(check, "other: x")).contains("compose.yaml:1:8: other: must be an integer, got the string \"x\"");
        assertThat(message(check, "q: 1a")).contains("compose.yaml:1:4: q: must be a match of the pattern ^[0-9]+$, got \"1a\"");
    }

    @Test
    void checksMinimumEnumRequiredAndPropertyNames() {
        SchemaCheck check = schema("""
                {"properties": {"size": {"minimum": 0}, "mode": {"enum": ["fast", "slow", 1]},
                                "limits": {"required": ["soft", "hard"]},
                                "names": {"propertyNames": {"pattern": "^[a-z]+$"}}}}
                """);
        assertThat(message(check, "{size: 0.5, mode: 1.0, limits: {soft: 1, hard: 2}, names: {ab: 1}}")).isEmpty();
        assertThat(message(check, "size: -1")).contains("compose.yaml:1:7: size: must be at least 0, got the number -1");
        assertThat(message(check, "mode: fats"))
                .contains("compose.yaml:1:7: mode: must be one of \"fast\", \"slow\", 1, got \"fats\" (did you mean \"fast\"?)");
        assertThat(message(check, "limits: {x: 1}"))
                .contains("compose.yaml:1:9: limits: missing required property \"soft\"");
        assertThat(message(check, "names: {ok: 1, No: 2}"))
                .contains("compose.yaml:1:16: names: invalid key name \"No\": only letters, digits, \".\", \"_\" and \"-\" are allowed");
    }

    @Test
    void uniqueItemsComparesValuesAsJson() {
        SchemaCheck check = schema("{\"uniqueItems\": true}");
        assertThat(message(check, "[1, \"1\", true, null, {a: 1, b: 2}]")).isEmpty();
        assertThat(message(check, "- 1\n- 1.0\n")).contains("compose.yaml:2:3: [1]: duplicate item 1.0 (already listed at line 1)");
        assertThat(message(check, "- {a: 1, b: 2}\n- {b: 2, a: 1}\n"))
                .contains("compose.yaml:2:3: [1]: duplicate item (mapping) (already listed at line 1)");
    }

    @Test
    void theComposeSchemaCompilesAndTheValidatorNeedsNoJsonLibrary() {
        assertThat(SchemaCheck.compose()).isNotNull();
        noClasses().that().resideInAPackage("io.jcompose.model.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.networknt..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.jcompose.model.validate"));
    }
}
