package io.jcompose.cli.compose.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.logs.LoggedContainer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The session's threads with a fake stopper: who is stopped or killed, what is said, which code comes out. */
class AttachedSessionTest {

    private static final LoggedContainer WEB = new LoggedContainer("id1", "web-1", "web", 1);
    private static final LoggedContainer JOB = new LoggedContainer("id2", "job-1", "job", 1);

    /** Records calls; a stop blocks until a kill (or the containers' end) releases it, like a slow container. */
    private static final class FakeStopper implements ProjectStopper {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final CountDownLatch stopped = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final boolean blocks;

        FakeStopper(boolean blocks) {
            this.blocks = blocks;
        }

        @Override
        public void stop() throws InterruptedException {
            calls.add("stop");
            stopped.countDown();
            if (blocks) {
                release.await();
            }
        }

        @Override
        public void kill() {
            calls.add("kill");
            release.countDown();
        }
    }

    private final StringWriter info = new StringWriter();

    @Test
    void ctrlCTwiceStopsThenKillsAndEndsWith130() throws Exception {
        FakeStopper stopper = new FakeStopper(true);
        AttachedSession session = new AttachedSession(new AttachedState(false, false, null), stopper,
                new PrintWriter(info));
        int code = session.run(() -> {
            session.signal();
            assertThat(stopper.stopped.await(5, TimeUnit.SECONDS)).isTrue();
            session.signal();
            assertThat(stopper.release.await(5, TimeUnit.SECONDS)).isTrue();
            session.exited(WEB, 137);
        });
        assertThat(code).isEqualTo(130);
        assertThat(stopper.calls).containsExactly("stop", "kill");
        assertThat(info.toString()).isEqualTo("Gracefully stopping... (press Ctrl+C again to force)\n");
    }

    @Test
    void anExitAbortsWithItsCode() throws Exception {
        FakeStopper stopper = new FakeStopper(false);
        AttachedSession session = new AttachedSession(new AttachedState(true, false, null), stopper,
                new PrintWriter(info));
        int code = session.run(() -> {
            session.exited(JOB, 3);
            assertThat(stopper.stopped.await(5, TimeUnit.SECONDS)).isTrue();
            session.exited(WEB, 143);
        });
        assertThat(code).isEqualTo(3);
        assertThat(stopper.calls).containsExactly("stop");
        assertThat(info.toString()).isEqualTo("Aborting on container exit...\n");
    }

    @Test
    void containersThatEndByThemselvesNeedNoStop() throws Exception {
        FakeStopper stopper = new FakeStopper(false);
        AttachedSession session = new AttachedSession(new AttachedState(false, false, null), stopper,
                new PrintWriter(info));
        assertThat(session.run(() -> session.exited(JOB, 5))).isZero();
        assertThat(stopper.calls).isEmpty();
        assertThat(info.toString()).isEmpty();
    }

    @Test
    void aFailingWatchIsReported() {
        AttachedSession session = new AttachedSession(new AttachedState(false, false, null), new FakeStopper(false),
                new PrintWriter(info));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.run(() -> {
            throw new java.io.IOException("engine went away");
        })).hasMessage("engine went away");
    }
}
