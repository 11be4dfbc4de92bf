package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The flag combinations docker compose v2 refuses, with its messages; the accepted ones and what they imply. */
class UpFlagsTest {

    private static UpCommand parse(String... args) {
        UpCommand up = new UpCommand();
        CommandLine cli = new CommandLine(up);
        cli.parseArgs(args);
        up.flags.validate(up.spec);
        return up;
    }

    private static void refused(String message, String... args) {
        assertThatThrownBy(() -> parse(args)).isInstanceOf(ParameterException.class).hasMessage(message);
    }

    @Test
    void invalid() {
        String detached = "--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, "
                + "--attach or --attach-dependencies";
        refused(detached, "-d", "--abort-on-container-exit");
        refused(detached, "-d", "--exit-code-from", "web");
        refused(detached, "-d", "--abort-on-container-failure");
        refused(detached, "-d", "--attach", "web");
        refused(detached, "-d", "--attach-dependencies");
        refused("--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies",
                "--wait", "--abort-on-container-exit");
        refused("--abort-on-container-failure cannot be combined with --abort-on-container-exit",
                "--abort-on-container-exit", "--abort-on-container-failure");
        refused("--force-recreate and --no-recreate are incompatible", "--force-recreate", "--no-recreate");
        refused("--always-recreate-deps and --no-recreate are incompatible", "--always-recreate-deps",
                "--no-recreate");
        refused("invalid --pull option \"sometimes\" (expected always, missing or never)", "--pull", "sometimes");
        refused("--no-start cannot be combined with --abort-on-container-exit, --abort-on-container-failure, "
                + "--exit-code-from, --detach or --wait", "--no-start", "-d");
    }

    @Test
    void valid() {
        UpCommand up = parse("--exit-code-from", "web", "--no-log-prefix", "--no-color", "--timestamps", "-V",
                "--scale", "web=3", "--scale", "db=0", "--pull", "never", "--quiet-pull", "web", "db");
        assertThat(up.flags.abortOnExit()).isTrue();
        assertThat(up.flags.detach()).isFalse();
        assertThat(up.flags.scale).containsExactly("web=3", "db=0");
        assertThat(up.services).isEqualTo(List.of("web", "db"));
        assertThat(parse("--wait").flags.detach()).isTrue();
        assertThat(parse("--abort-on-container-failure", "--exit-code-from", "web").flags.abortOnExit()).isFalse();
        assertThat(parse("--no-attach", "db", "--attach-dependencies", "--always-recreate-deps").flags.noAttach)
                .containsExactly("db");
    }
}
