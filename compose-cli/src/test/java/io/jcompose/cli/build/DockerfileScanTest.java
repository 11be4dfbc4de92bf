package io.jcompose.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DockerfileScanTest {

    @Test
    void findsTheSourcesOfCopyAndAddFromNamedContexts() {
        DockerfileScan scan = DockerfileScan.of("""
                FROM e2e/bb:1 AS base
                copy --from=bin busybox /bin/
                COPY --chown=1:1 --from=bin \\
                     # a comment inside a continuation
                     sh \\

                     ls /bin/
                Add --from=src ["a b.txt", "c/*.go", "/app/"]
                COPY --from=base /etc/passwd /x
                COPY local.txt /y
                COPY --from=cfg ${CONF_DIR}/app.conf $HOME/x /etc/
                """);
        assertThat(scan.sources()).isEqualTo(Map.of("bin", List.of("busybox", "sh", "ls"),
                "src", List.of("a b.txt", "c/*.go"), "base", List.of("/etc/passwd"),
                "cfg", List.of("*/app.conf", "*/x")));
        assertThat(scan.wholeContexts()).containsExactly("e2e/bb:1");
    }

    @Test
    void theEscapeDirectiveChangesTheContinuationCharacter() {
        DockerfileScan scan = DockerfileScan.of("""
                # syntax=docker/dockerfile:1
                # escape=`
                FROM scratch
                COPY --from=tools `
                  C:\\tools\\a.exe `
                  /dst
                """);
        assertThat(scan.sources()).isEqualTo(Map.of("tools", List.of("C:\\tools\\a.exe")));
    }

    @Test
    void heredocBodiesAreNotInstructionsAndMountsAndFromUseAContextWhole() {
        DockerfileScan scan = DockerfileScan.of("""
                FROM rootfs
                RUN <<EOF
                COPY --from=ghost x /y
                EOF
                RUN --mount=type=bind,from=tools,target=/t /t/run
                COPY --from=bin <<-END /x
                	text
                	END
                """);
        assertThat(scan.sources()).isEqualTo(Map.of("bin", List.of()));
        assertThat(scan.wholeContexts()).isEqualTo(Set.of("rootfs", "tools"));
    }

    @Test
    void jsonWordsOrNullForTheShellForm() {
        assertThat(JsonWords.parse("[\"a\", \"b\\\"c\", \"\\u0041\"]")).containsExactly("a", "b\"c", "A");
        assertThat(JsonWords.parse("[]")).isEmpty();
        assertThat(JsonWords.parse("[a, b]")).isNull();
        assertThat(JsonWords.parse("[\"a\" \"b\"]")).isNull();
        assertThat(JsonWords.parse("[\"\\uZZZZ\"]")).isNull();
    }
}
