package io.jcompose.runtime.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalDispositionTest {

    private static String status(String sigCgt, String nsPid) {
        return "Name:\tsh\nState:\tS (sleeping)\nNSpid:\t" + nsPid + "\nSigBlk:\t0000000000000000\n"
                + "SigIgn:\t0000000000000004\nSigCgt:\t" + sigCgt + "\n";
    }

    @Test
    void aContainerInitWithoutATermHandlerIgnoresSigterm() {
        SignalDisposition d = SignalDisposition.parse(status("0000000000000000", "4242\t1"));
        assertThat(d.namespaceInit()).isTrue();
        assertThat(d.ignores(Signal.SIGTERM)).isTrue();
        assertThat(d.ignores(Signal.SIGKILL)).isFalse();
        assertThat(d.ignores(Signal.of("STOP"))).isFalse();
    }

    @Test
    void aHandlerForTheSignalMakesItCount() {
        // bit 14 = SIGTERM (15), bit 1 = SIGINT (2)
        SignalDisposition d = SignalDisposition.parse(status("0000000000004002", "4242\t1"));
        assertThat(d.ignores(Signal.SIGTERM)).isFalse();
        assertThat(d.ignores(Signal.of("INT"))).isFalse();
        assertThat(d.ignores(Signal.of("HUP"))).isTrue();
        assertThat(d.ignores(Signal.of("RTMIN+3"))).isTrue();
    }

    @Test
    void aProcessThatIsNotANamespaceInitDiesOfTheDefaultAction() {
        assertThat(SignalDisposition.parse(status("0000000000000000", "4242")).ignores(Signal.SIGTERM)).isFalse();
        assertThat(SignalDisposition.parse(status("0000000000000000", "4242\t17")).ignores(Signal.SIGTERM)).isFalse();
    }

    @Test
    void aStatusWithoutSignalLinesIsRejectedAndAMissingProcessIsUnknown() {
        assertThatThrownBy(() -> SignalDisposition.parse("Name:\tx\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SignalDisposition.of(Long.MAX_VALUE)).isEmpty();
        assertThat(SignalDisposition.of(ProcessHandle.current().pid())).isPresent();
    }
}
