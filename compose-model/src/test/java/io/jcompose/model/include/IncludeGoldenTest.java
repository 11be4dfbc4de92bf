package io.jcompose.model.include;

import io.jcompose.model.json.TreeJson;
import io.jcompose.model.merge.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each folder under include/ is a project whose compose.yaml includes other files. */
class IncludeGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenIncludes() {
        return GoldenCases.cases("include",
                dir -> TreeJson.writeJson(new FileSourceLoader(dir).loadProject(dir.resolve("compose.yaml"))));
    }
}
