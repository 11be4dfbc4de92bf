package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

    private static final DockerIgnore IGNORE = DockerIgnore.parse("""
            # comment
            *.log
            !keep.log
            /build
            **/node_modules
            docs/**/*.md
            !docs/README.md
            tmp?
            ./secret/
            """);

    @ParameterizedTest
    @CsvSource({
        "a.log,true", "keep.log,false", "sub/a.log,false", "build,true", "build/x/y,true", "node_modules,true",
        "a/b/node_modules/x,true", "docs/a.md,true", "docs/x/y/a.md,true", "docs/README.md,false",
        "tmp1,true", "tmp12,false", "secret/key,true", "src/main.java,false",
    })
    void followsDockersRules(String path, boolean ignored) {
        assertThat(IGNORE.ignored(path)).as(path).isEqualTo(ignored);
    }
}
