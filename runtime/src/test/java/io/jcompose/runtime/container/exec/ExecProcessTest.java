package io.jcompose.runtime.container.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.container.spec.ResolvedUser;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an exec's OCI process is derived from its container's. */
class ExecProcessTest {

    private static final ProcessJson CONTAINER = FakeContainers.PROCESS;
    private static final List<String> ALL = List.of("CAP_CHOWN", "CAP_KILL", "CAP_SYS_ADMIN");

    @Test
    void withoutOptionsTheExecRunsAsTheContainerDoesWithItsOwnCommand() {
        ProcessJson p = ExecProcess.derive(CONTAINER, ExecSpec.of(List.of("ls", "-l")), Optional.empty(), false, ALL);
        assertThat(p.args()).containsExactly("ls", "-l");
        assertThat(p.user()).isEqualTo(CONTAINER.user());
        assertThat(p.env()).isEqualTo(CONTAINER.env());
        assertThat(p.cwd()).isEqualTo("/srv");
        assertThat(p.capabilities()).isEqualTo(CONTAINER.capabilities());
        assertThat(p.rlimits()).isEqualTo(CONTAINER.rlimits());
        assertThat(p.noNewPrivileges()).isTrue();
        assertThat(p.terminal()).isFalse();
    }

    @Test
    void theExecsEnvironmentOverridesByNameAndABareNameRemoves() {
        ExecSpec spec = ExecSpec.of(List.of("env")).withEnv(List.of("FOO=exec", "NEW=1", "HOSTNAME"));
        ProcessJson p = ExecProcess.derive(CONTAINER, spec, Optional.empty(), false, ALL);
        assertThat(p.env()).containsExactly("PATH=/bin", "FOO=exec", "HOME=/root", "NEW=1");
    }

    @Test
    void anExecUserBringsItsIdsAndHomeUnlessTheContainerSetHome() {
        ResolvedUser bob = new ResolvedUser(1000, 1000, List.of(1000, 50), "/home/bob");
        ExecSpec spec = ExecSpec.of(List.of("id")).withUser("bob").withWorkingDir("/tmp");
        ProcessJson p = ExecProcess.derive(CONTAINER, spec, Optional.of(bob), false, ALL);
        assertThat(p.user()).isEqualTo(new ProcessJson.User(1000, 1000, List.of(1000, 50)));
        assertThat(p.env()).contains("HOME=/home/bob");
        assertThat(p.cwd()).isEqualTo("/tmp");
        assertThat(ExecProcess.derive(CONTAINER, spec, Optional.of(bob), true, ALL).env()).contains("HOME=/root");
    }

    @Test
    void aPrivilegedExecGetsEveryCapabilityAndATtyGetsTerm() {
        ExecSpec spec = new ExecSpec(List.of("sh"), List.of(), "", "", true, true, false, true, true, "");
        ProcessJson p = ExecProcess.derive(CONTAINER, spec, Optional.empty(), false, ALL);
        assertThat(p.capabilities().bounding()).isEqualTo(ALL);
        assertThat(p.capabilities().effective()).isEqualTo(ALL);
        assertThat(p.capabilities().permitted()).isEqualTo(ALL);
        assertThat(p.terminal()).isTrue();
        assertThat(p.env()).contains("TERM=xterm");
    }

    @Test
    void aContainerWithoutCwdRunsExecsInTheRoot() {
        ProcessJson noCwd = new ProcessJson(false, CONTAINER.user(), CONTAINER.args(), null, null, null, null, false,
                null);
        ProcessJson p = ExecProcess.derive(noCwd, ExecSpec.of(List.of("pwd")), Optional.empty(), false, ALL);
        assertThat(p.cwd()).isEqualTo("/");
        assertThat(p.env()).isEmpty();
    }
}
