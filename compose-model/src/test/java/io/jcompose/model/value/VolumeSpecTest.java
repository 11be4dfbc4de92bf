package io.jcompose.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/data|volume|''|/data|false|/data",
        "/a|volume|''|/a|false|/a",
        "db:/var/lib/db|volume|db|/var/lib/db|false|db:/var/lib/db",
        "/srv:/srv:ro|bind|/srv|/srv|true|/srv:/srv:ro",
        "./site:/site:rw|bind|./site|/site|false|./site:/site",
        "~/x:/x|bind|~/x|/x|false|~/x:/x",
        "../up:/up|bind|../up|/up|false|../up:/up",
        "logs:/logs:ro,nocopy|volume|logs|/logs|true|logs:/logs:ro,nocopy",
        "/s:/t:z,rslave|bind|/s|/t|false|/s:/t:z,rslave",
        "/s:/t:unknown|bind|/s|/t|false|/s:/t",
        "${SRC:-/a}:/t|volume|${SRC:-/a}|/t|false|${SRC:-/a}:/t",
    })
    void parsesShortSyntax(String input, String type, String source, String target, boolean readOnly,
            String canonical) {
        VolumeSpec spec = VolumeSpec.of(input);
        assertThat(spec.type()).isEqualTo(type);
        assertThat(spec.source()).isEqualTo(source);
        assertThat(spec.target()).isEqualTo(target);
        assertThat(spec.readOnly()).isEqualTo(readOnly);
        assertThat(spec.toString()).isEqualTo(canonical);
    }

    @Test
    void keepsOptions() {
        VolumeSpec spec = VolumeSpec.of("/s:/t:Z,shared,nocopy");
        assertThat(spec.selinux()).isEqualTo("Z");
        assertThat(spec.propagation()).isEqualTo("shared");
        assertThat(spec.noCopy()).isTrue();
    }

    @Test
    void rejectsInvalidSpecs() {
        assertThatThrownBy(() -> VolumeSpec.of("")).hasMessage(
                "\"\" is not a valid volume (expected [SOURCE:]TARGET[:MODE]): empty volume");
        assertThatThrownBy(() -> VolumeSpec.of("/a::/b")).hasMessage(
                "\"/a::/b\" is not a valid volume (expected [SOURCE:]TARGET[:MODE]): empty section between colons");
        assertThatThrownBy(() -> VolumeSpec.of("/a:/b:ro:x")).hasMessage(
                "\"/a:/b:ro:x\" is not a valid volume (expected [SOURCE:]TARGET[:MODE]): too many colons");
    }
}
