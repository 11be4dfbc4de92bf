package io.jcompose.runtime.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Waiters on exits and removals get the codes docker's wait conditions report. */
class ContainerEventsTest {

    private static final ContainerId ID = new ContainerId("a".repeat(64));

    @Test
    void aRemovalWaiterGetsTheLastExitCodeAsDockerRunRmNeedsIt() {
        ContainerEvents events = new ContainerEvents();
        var next = events.nextExit(ID);
        var removed = events.removal(ID);
        events.exited(ID, 3);
        assertThat(next).isCompletedWithValue(3);
        assertThat(removed).isNotDone();
        events.removed(ID);
        assertThat(removed).isCompletedWithValue(3);
    }

    @Test
    void aContainerRemovedWithoutAnExitSeenReportsZero() {
        ContainerEvents events = new ContainerEvents();
        var removed = events.removal(ID);
        var next = events.nextExit(ID);
        events.removed(ID);
        assertThat(removed).isCompletedWithValue(0);
        assertThat(next).isCompletedExceptionally();
    }
}
