package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileTest {

    @Test
    void everyInstructionParses() {
        Dockerfile df = Dockerfile.parse("Dockerfile", """
                # syntax=docker/dockerfile:1
                ARG BASE=scratch
                FROM --platform=linux/amd64 ${BASE} AS one
                RUN echo hi
                RUN ["sh", "-c", "echo exec"]
                COPY --chown=1:2 --chmod=755 a b /dst/
                ADD x.tar /
                ENV A=1 B="two words"
                ARG V
                WORKDIR /app
                USER app
                CMD ["run"]
                ENTRYPOINT ["/bin/tini", "--"]
                EXPOSE 80 53/udp
                LABEL k=v
                VOLUME /data
                HEALTHCHECK --interval=5s --retries=3 CMD true
                STOPSIGNAL SIGTERM
                SHELL ["/bin/bash", "-c"]
                ONBUILD RUN echo later
                FROM one
                """);
        assertThat(df.instructions()).extracting(Instruction::keyword).containsExactly("ARG", "FROM", "RUN", "RUN",
                "COPY", "ADD", "ENV", "ARG", "WORKDIR", "USER", "CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "VOLUME",
                "HEALTHCHECK", "STOPSIGNAL", "SHELL", "ONBUILD", "FROM");
        Instruction copy = df.instructions().get(4);
        assertThat(copy.flags()).containsExactly(Map.entry("chown", "1:2"), Map.entry("chmod", "755"));
        assertThat(copy.args()).isEqualTo("a b /dst/");
        assertThat(copy.line()).isEqualTo(6);
        assertThat(df.instructions().get(3).exec()).contains(List.of("sh", "-c", "echo exec"));
        assertThat(df.instructions().get(2).exec()).isEmpty();
        assertThat(df.globalArgs()).hasSize(1);
        assertThat(df.stages()).extracting(Dockerfile.Stage::name).containsExactly("one", null);
        assertThat(df.stages().getFirst().from().flag("platform")).contains("linux/amd64");
    }

    @Test
    void continuationsCommentsAndTheEscapeDirective() {
        Dockerfile df = Dockerfile.parse("Dockerfile", "# escape=`\nFROM scratch\nRUN echo a `\n# a comment\n"
                + "  && echo b `\n\n  && echo c\nENV P=C:\\dir\n");
        assertThat(df.escape()).isEqualTo('`');
        assertThat(df.instructions().get(1).args()).isEqualTo("echo a && echo b && echo c");
        assertThat(df.instructions().get(1).line()).isEqualTo(3);
        assertThat(df.instructions().get(2).line()).isEqualTo(8);
        assertThat(df.instructions().get(2).args()).isEqualTo("P=C:\\dir");
    }

    @Test
    void heredocsFollowRun() {
        Dockerfile df = Dockerfile.parse("Dockerfile", "FROM scratch\nRUN <<EOF\necho one\necho two\nEOF\n"
                + "RUN cat <<-END > /f\n\tindented\nEND\nCMD x\n");
        assertThat(df.instructions().get(1).heredocs()).containsExactly("echo one\necho two\n");
        assertThat(df.instructions().get(2).heredocs()).containsExactly("indented\n");
        assertThat(df.instructions().get(3).line()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FROM scratch\\nFORM x|Dockerfile:2: unknown instruction: FORM",
        "FROM scratch\\n\\nRUN --foo=1 true|Dockerfile:3: unknown flag: --foo (RUN accepts --mount, --network, --security)",
        "FROM scratch\\nCOPY|Dockerfile:2: COPY requires at least one argument",
        "# escape=x\\nFROM scratch|Dockerfile:1: invalid escape token 'x' does not match ` or \\",
        "FROM scratch\\nRUN <<EOF\\necho|Dockerfile:2: unterminated heredoc: no line \"EOF\" follows",
        "RUN true|Dockerfile:1: no FROM instruction: a Dockerfile must start with FROM (ARGs may come before it)",
        "FROM a b|Dockerfile:1: FROM requires either one argument, or three: FROM <image> [AS <name>] (got \"a b\")",
    })
    void errorsNameTheLine(String text, String message) {
        assertThatThrownBy(() -> Dockerfile.parse("Dockerfile", text.replace("\\n", "\n")).stages())
                .isInstanceOf(DockerfileException.class).hasMessage(message);
    }
}
