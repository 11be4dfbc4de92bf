package io.jcompose.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VolumeNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"data", "db_data", "myproject_db-data.1", "0a", "A.b", "x-"})
    void valid(String name) {
        assertThat(VolumeName.of(name).toString()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_data", ".hidden", "-x", "a/b", "../x", "a b", "$(pwd)", "da:ta", "ü1"})
    void invalidCharactersGetDockersMessage(String name) {
        assertThatThrownBy(() -> VolumeName.of(name)).isInstanceOf(VolumeException.class)
                .hasMessage("\"" + name + "\" includes invalid characters for a local volume name, only"
                        + " \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory,"
                        + " use absolute path")
                .extracting(e -> ((VolumeException) e).kind()).isEqualTo(VolumeException.Kind.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a"})
    void tooShort(String name) {
        assertThatThrownBy(() -> VolumeName.of(name))
                .hasMessage("volume name is too short, names should be at least two alphanumeric characters");
    }

    @Test
    void anonymousNamesAre64HexDigitsAndDiffer() {
        Random random = new Random(42);
        VolumeName a = VolumeName.anonymous(random);
        VolumeName b = VolumeName.anonymous(random);
        assertThat(a.value()).matches("[0-9a-f]{64}");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.looksAnonymous()).isTrue();
        assertThat(VolumeName.of("data").looksAnonymous()).isFalse();
    }
}
