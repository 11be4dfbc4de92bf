package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcessArgsTest {

    private static final List<String> NONE = List.of();
    private static final List<String> EXEC_ENTRY = List.of("exec_entry", "p1_entry");
    private static final List<String> SHELL_ENTRY = List.of("/bin/sh", "-c", "exec_entry p1_entry");
    private static final List<String> EXEC_CMD = List.of("exec_cmd", "p1_cmd");
    private static final List<String> SHELL_CMD = List.of("/bin/sh", "-c", "exec_cmd p1_cmd");

    /** The Dockerfile reference's table of how CMD and ENTRYPOINT interact, for images run without overrides. */
    static Stream<Arguments> dockerfileTable() {
        return Stream.of(
                Arguments.of(NONE, EXEC_CMD, List.of("exec_cmd", "p1_cmd")),
                Arguments.of(NONE, SHELL_CMD, List.of("/bin/sh", "-c", "exec_cmd p1_cmd")),
                Arguments.of(SHELL_ENTRY, NONE, List.of("/bin/sh", "-c", "exec_entry p1_entry")),
                Arguments.of(SHELL_ENTRY, EXEC_CMD, List.of("/bin/sh", "-c", "exec_entry p1_entry", "exec_cmd", "p1_cmd")),
                Arguments.of(EXEC_ENTRY, NONE, List.of("exec_entry", "p1_entry")),
                Arguments.of(EXEC_ENTRY, EXEC_CMD, List.of("exec_entry", "p1_entry", "exec_cmd", "p1_cmd")),
                Arguments.of(EXEC_ENTRY, SHELL_CMD, List.of("exec_entry", "p1_entry", "/bin/sh", "-c", "exec_cmd p1_cmd")));
    }

    @ParameterizedTest
    @MethodSource("dockerfileTable")
    void imageDefaultsAlone(List<String> imageEntrypoint, List<String> imageCmd, List<String> expected) {
        assertThat(ProcessArgs.argv(Optional.empty(), Optional.empty(), imageEntrypoint, imageCmd)).isEqualTo(expected);
    }

    /** docker run overrides: (entrypoint override, cmd override) over an image with ENTRYPOINT and CMD. */
    static Stream<Arguments> overrides() {
        Optional<List<String>> unset = Optional.empty();
        return Stream.of(
                Arguments.of(unset, Optional.of(List.of("ls", "-l")), List.of("exec_entry", "p1_entry", "ls", "-l")),
                Arguments.of(unset, Optional.of(NONE), List.of("exec_entry", "p1_entry", "exec_cmd", "p1_cmd")),
                Arguments.of(Optional.of(List.of("top")), unset, List.of("top")),
                Arguments.of(Optional.of(List.of("top")), Optional.of(List.of("-b")), List.of("top", "-b")),
                Arguments.of(Optional.of(NONE), unset, List.of("exec_cmd", "p1_cmd")),
                Arguments.of(Optional.of(NONE), Optional.of(List.of("sh")), List.of("sh")),
                Arguments.of(Optional.of(List.of("")), Optional.of(List.of("sh")), List.of("sh")));
    }

    @ParameterizedTest
    @MethodSource("overrides")
    void overridesAsDockerRun(Optional<List<String>> entrypoint, Optional<List<String>> cmd, List<String> expected) {
        assertThat(ProcessArgs.argv(entrypoint, cmd, EXEC_ENTRY, EXEC_CMD)).isEqualTo(expected);
    }

    @Test
    void nothingToRunIsDockersError() {
        assertThatThrownBy(() -> ProcessArgs.argv(Optional.empty(), Optional.empty(), NONE, NONE))
                .isInstanceOf(SpecException.class).hasMessage("no command specified");
        assertThatThrownBy(() -> ProcessArgs.argv(Optional.of(List.of("")), Optional.empty(), EXEC_ENTRY, EXEC_CMD))
                .isInstanceOf(SpecException.class).hasMessage("no command specified");
        assertThatThrownBy(() -> ProcessArgs.argv(Optional.empty(), Optional.of(List.of("")), NONE, NONE))
                .isInstanceOf(SpecException.class)
                .hasMessage("no command specified: the command to run is the empty string");
    }

    @Test
    void initRunsInFront() {
        assertThat(ProcessArgs.behindInit("/sbin/docker-init", List.of("sh", "-c", "x")))
                .containsExactly("/sbin/docker-init", "--", "sh", "-c", "x");
    }
}
