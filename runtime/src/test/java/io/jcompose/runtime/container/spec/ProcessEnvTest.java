package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessEnvTest {

    private static final String PATH = "PATH=" + ProcessEnv.DEFAULT_PATH;

    @Test
    void defaultsWhenNothingIsSet() {
        assertThat(ProcessEnv.merge(List.of(), List.of(), "abc123", false, "/root"))
                .containsExactly(PATH, "HOSTNAME=abc123", "HOME=/root");
    }

    @Test
    void ttyAddsTerm() {
        assertThat(ProcessEnv.merge(List.of(), List.of(), "h", true, "/"))
                .containsExactly(PATH, "HOSTNAME=h", "TERM=xterm", "HOME=/");
    }

    @Test
    void imagePathReplacesTheDefaultInPlace() {
        assertThat(ProcessEnv.merge(List.of("PATH=/opt/bin", "LANG=C.UTF-8"), List.of(), "h", false, "/"))
                .containsExactly("PATH=/opt/bin", "HOSTNAME=h", "LANG=C.UTF-8", "HOME=/");
    }

    @Test
    void containerOverridesImageByKeyAndComesFirst() {
        List<String> env = ProcessEnv.merge(List.of("A=image", "B=image", "HOME=/srv"),
                List.of("B=container", "C=container"), "h", false, "/root");
        assertThat(env).containsExactly(PATH, "HOSTNAME=h", "B=container", "C=container", "A=image", "HOME=/srv");
    }

    @Test
    void anEntryWithoutValueRemovesTheVariable() {
        assertThat(ProcessEnv.merge(List.of("A=1", "B=2"), List.of("A", "HOSTNAME"), "h", false, "/"))
                .containsExactly(PATH, "B=2", "HOME=/");
    }

    @Test
    void containerMayOverrideHostnameTermAndHome() {
        assertThat(ProcessEnv.merge(List.of(), List.of("HOSTNAME=x", "TERM=dumb", "HOME=/home/x"), "h", true, "/root"))
                .containsExactly(PATH, "HOSTNAME=x", "TERM=dumb", "HOME=/home/x");
    }

    @Test
    void valuesKeepTheirEqualsSigns() {
        assertThat(ProcessEnv.merge(List.of(), List.of("OPTS=-Da=b -Dc=d", "EMPTY="), "h", false, "/"))
                .contains("OPTS=-Da=b -Dc=d", "EMPTY=");
    }
}
