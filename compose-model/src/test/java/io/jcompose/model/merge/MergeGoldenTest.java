package io.jcompose.model.merge;

import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each folder under merge/ holds compose files merged in name order, then finished, and the expected JSON. */
class MergeGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenMerges() {
        return GoldenCases.cases("merge", MergeGoldenTest::mergeFolder);
    }

    private static String mergeFolder(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node model = null;
        for (Path f : files) {
            Node doc = YamlReader.read(f.getFileName().toString(), GoldenCases.read(f));
            model = model == null ? doc : Merger.merge(model, doc);
        }
        return TreeJson.writeJson(Merger.finish(model));
    }
}
