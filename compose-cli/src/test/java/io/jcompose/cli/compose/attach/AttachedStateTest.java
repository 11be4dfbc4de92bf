package io.jcompose.cli.compose.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.attach.AttachedState.Step;
import org.junit.jupiter.api.Test;

/** Ctrl-C, aborts and exit codes as docker compose v2 has them. */
class AttachedStateTest {

    @Test
    void firstSignalStopsSecondKillsAndTheCodeIs130() {
        AttachedState s = new AttachedState(false, false, null);
        assertThat(s.onSignal()).isEqualTo(Step.STOP_ON_SIGNAL);
        assertThat(s.onExit("web", 143)).isEqualTo(Step.NONE);
        assertThat(s.onSignal()).isEqualTo(Step.KILL);
        assertThat(s.onSignal()).isEqualTo(Step.KILL);
        assertThat(s.exitCode()).isEqualTo(130);
    }

    @Test
    void containersEndingByThemselvesGiveZero() {
        AttachedState s = new AttachedState(false, false, null);
        assertThat(s.onExit("job", 3)).isEqualTo(Step.NONE);
        assertThat(s.onExit("web", 0)).isEqualTo(Step.NONE);
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void abortOnExitStopsOnceWithTheFirstCode() {
        AttachedState s = new AttachedState(true, false, null);
        assertThat(s.onExit("job", 4)).isEqualTo(Step.STOP_ON_EXIT);
        assertThat(s.onExit("web", 137)).isEqualTo(Step.NONE);
        assertThat(s.exitCode()).isEqualTo(4);
    }

    @Test
    void abortOnFailureIgnoresSuccess() {
        AttachedState s = new AttachedState(false, true, null);
        assertThat(s.onExit("job", 0)).isEqualTo(Step.NONE);
        assertThat(s.onExit("other", 2)).isEqualTo(Step.STOP_ON_EXIT);
        assertThat(s.exitCode()).isEqualTo(2);
    }

    @Test
    void exitCodeFromImpliesAbortAndReturnsTheChosenServicesCode() {
        AttachedState s = new AttachedState(false, false, "web");
        assertThat(s.onExit("job", 0)).isEqualTo(Step.STOP_ON_EXIT);
        assertThat(s.onExit("web", 143)).isEqualTo(Step.NONE);
        assertThat(s.exitCode()).isEqualTo(143);
        AttachedState first = new AttachedState(true, false, "job");
        first.onExit("job", 3);
        first.onExit("web", 137);
        assertThat(first.exitCode()).isEqualTo(3);
    }

    @Test
    void aSignalWhileAbortingKillsAtOnce() {
        AttachedState s = new AttachedState(true, false, null);
        s.onExit("job", 1);
        assertThat(s.onSignal()).isEqualTo(Step.NONE);
        assertThat(s.onSignal()).isEqualTo(Step.KILL);
    }
}
