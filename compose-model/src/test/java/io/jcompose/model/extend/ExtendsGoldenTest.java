package io.jcompose.model.extend;

import io.jcompose.model.include.FileSourceLoader;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.merge.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each folder under extends/ is a project whose compose.yaml extends services, possibly from other files. */
class ExtendsGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenExtends() {
        return GoldenCases.cases("extends",
                dir -> TreeJson.writeJson(new FileSourceLoader(dir).loadProject(dir.resolve("compose.yaml"))));
    }
}
