package io.jcompose.runtime.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchivePathsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            manifest.json               | manifest.json
            ./manifest.json             | manifest.json
            blobs/sha256/               | blobs/sha256
            a//b/./c                    | a/b/c
            """)
    void validNames(String name, String clean) {
        assertThat(ArchivePaths.clean(name)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../evil                 | invalid archive entry "../evil": ".." is not allowed in an image archive
            a/../../evil            | invalid archive entry "a/../../evil": ".." is not allowed in an image archive
            a/..                    | invalid archive entry "a/..": ".." is not allowed in an image archive
            /etc/passwd             | invalid archive entry "/etc/passwd": absolute paths are not allowed in an image archive
            ./                      | invalid archive entry "./": empty path
            """)
    void invalidNames(String name, String message) {
        assertThatThrownBy(() -> ArchivePaths.clean(name)).isInstanceOf(ArchiveException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            b/layer.tar     | ../a/layer.tar    | true  | a/layer.tar
            b/layer.tar     | layer2.tar        | true  | b/layer2.tar
            b/layer.tar     | a/layer.tar       | false | a/layer.tar
            """)
    void linkTargets(String name, String target, boolean symbolic, String resolved) {
        assertThat(ArchivePaths.linkTarget(name, target, symbolic)).isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            b/layer.tar  | ../../etc/shadow | true  | invalid archive entry "b/layer.tar": link target "../../etc/shadow" leaves the archive
            layer.tar    | ../x             | false | invalid archive entry "layer.tar": link target "../x" leaves the archive
            b/layer.tar  | /etc/shadow      | true  | invalid archive entry "b/layer.tar": link target "/etc/shadow" is absolute
            b/layer.tar  | ..               | true  | invalid archive entry "b/layer.tar": link target ".." is the archive root
            """)
    void escapingLinks(String name, String target, boolean symbolic, String message) {
        assertThatThrownBy(() -> ArchivePaths.linkTarget(name, target, symbolic)).hasMessage(message);
    }
}
