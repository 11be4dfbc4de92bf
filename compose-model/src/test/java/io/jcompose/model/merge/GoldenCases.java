package io.jcompose.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden-file cases: each folder under {@code src/test/resources/AREA/} holds input files and an
 * {@code expected.json} (or {@code expected-error.txt}); the case folder's absolute path is written {@code $DIR}.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations (then review the diff).
 */
public final class GoldenCases {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenCases() {
    }

    public static Path area(String area) {
        return Path.of("src/test/resources", area).toAbsolutePath();
    }

    /** One dynamic test per case folder; {@code run} returns the JSON text the case produces. */
    public static Stream<DynamicTest> cases(String area, Function<Path, String> run) {
        try (Stream<Path> dirs = Files.list(area(area))) {
            List<Path> sorted = dirs.filter(Files::isDirectory).sorted().toList();
            return sorted.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                    () -> check(dir, run)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path dir, Function<Path, String> run) throws IOException {
        String actual;
        String expectedName;
        try {
            actual = run.apply(dir);
            expectedName = "expected.json";
        } catch (RuntimeException e) {
            if (!(e instanceof io.jcompose.model.error.ComposeException)) {
                throw e;
            }
            actual = e.getMessage() + "\n";
            expectedName = "expected-error.txt";
        }
        actual = actual.replace(dir.toString(), "$DIR");
        Path expected = dir.resolve(expectedName);
        if (UPDATE) {
            Files.deleteIfExists(dir.resolve("expected.json"));
            Files.deleteIfExists(dir.resolve("expected-error.txt"));
            Files.writeString(expected, actual);
        }
        assertThat(expected).as("expectation file for " + dir.getFileName()).exists();
        assertThat(actual).isEqualTo(Files.readString(expected));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
