package io.jcompose.network.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DnsNameTest {

    @ParameterizedTest
    @CsvSource({
        "web, web, web",
        "web., web, web",
        "Web.Example.COM., Web.Example.COM, web.example.com",
        "., ., .",
        "proj_default, proj_default, proj_default",
    })
    void valid(String text, String canonical, String key) {
        DnsName name = DnsName.of(text);
        assertThat(name.toString()).isEqualTo(canonical);
        assertThat(name.key()).isEqualTo(key);
    }

    @Test
    void emptyTextIsTheRoot() {
        assertThat(DnsName.of("")).isEqualTo(DnsName.ROOT);
        assertThat(DnsName.ROOT.isRoot()).isTrue();
    }

    @Test
    void invalid() {
        assertThatThrownBy(() -> DnsName.of("a..b"))
                .hasMessage("invalid DNS name \"a..b\": empty label");
        assertThatThrownBy(() -> DnsName.of(".a"))
                .hasMessage("invalid DNS name \".a\": empty label");
        String long64 = "x".repeat(64);
        assertThatThrownBy(() -> DnsName.of(long64 + ".com"))
                .hasMessage("invalid DNS name \"" + long64 + ".com\": DNS label \"" + long64
                        + "\" must have 1 to 63 bytes");
        String longName = String.join(".", List.of("a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(63)));
        assertThatThrownBy(() -> DnsName.of(longName))
                .hasMessageEndingWith("is longer than 255 bytes");
        assertThatThrownBy(() -> DnsName.of("caf\u0100"))
                .hasMessage("invalid DNS name \"caf\u0100\": character '\u0100' is not one byte");
    }

    @Test
    void a253CharacterNameFits() {
        String name = String.join(".", List.of("a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61)));
        assertThat(DnsName.of(name).toString()).hasSize(253);
    }

    @Test
    void lowerAsciiLeavesOtherBytesAlone() {
        assertThat(DnsName.lowerAscii("ÄbC-9")).isEqualTo("Äbc-9");
    }
}
