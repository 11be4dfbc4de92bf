package io.jcompose.runtime.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.oci.ImageConfig.RunConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageChangesTest {

    @Test
    void appliesEveryAllowedInstruction() {
        RunConfig c = ImageChanges.apply(null, List.of(
                "CMD [\"sh\", \"-c\", \"echo hi\"]",
                "entrypoint /init --verbose",
                "ENV A=1 B=\"two words\"",
                "ENV C the rest of it",
                "ENV A=3",
                "EXPOSE 80 53/udp",
                "LABEL org.x=y z=\"w w\"",
                "VOLUME [\"/data\"]",
                "VOLUME /logs /cache",
                "WORKDIR /app",
                "WORKDIR sub",
                "USER 1000:1000",
                "STOPSIGNAL SIGINT",
                "ONBUILD RUN make"));
        assertThat(c.cmd()).containsExactly("sh", "-c", "echo hi");
        assertThat(c.entrypoint()).containsExactly("/bin/sh", "-c", "/init --verbose");
        assertThat(c.env()).containsExactly("B=two words", "C=the rest of it", "A=3");
        assertThat(c.exposedPorts()).containsOnlyKeys("80/tcp", "53/udp");
        assertThat(c.labels()).isEqualTo(Map.of("org.x", "y", "z", "w w"));
        assertThat(c.volumes()).containsOnlyKeys("/data", "/logs", "/cache");
        assertThat(c.workingDir()).isEqualTo("/app/sub");
        assertThat(c.user()).isEqualTo("1000:1000");
        assertThat(c.stopSignal()).isEqualTo("SIGINT");
        assertThat(c.onBuild()).containsExactly("RUN make");
    }

    @Test
    void noChangesLeaveAnEmptyConfig() {
        RunConfig c = ImageChanges.apply(null, List.of());
        assertThat(c.cmd()).isNull();
        assertThat(c.env()).isNull();
    }

    @Test
    void brokenJsonFallsBackToShellForm() {
        assertThat(ImageChanges.apply(null, List.of("CMD [not json")).cmd())
                .containsExactly("/bin/sh", "-c", "[not json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RUN make                | "RUN make" is not a valid change command (expected one of CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)
            MD x                    | "MD x" is not a valid change command (expected one of CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)
            CMD                     | "CMD": CMD requires at least one argument
            ENV A                   | "ENV A": ENV names need a value (ENV NAME=VALUE)
            LABEL novalue           | "LABEL novalue": "novalue" is not NAME=VALUE
            ENV A="open             | unmatched " in "A="open"
            VOLUME [1, 2            | "[1, 2" is not a JSON array of strings
            """)
    void invalidChanges(String change, String message) {
        assertThatThrownBy(() -> ImageChanges.apply(null, List.of(change)))
                .isInstanceOf(ArchiveException.class).hasMessage(message);
    }
}
