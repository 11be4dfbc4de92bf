package io.jcompose.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeMountTest {

    private static final String NAME_RULE = " includes invalid characters for a local volume name, only"
            + " \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "data:/data          | data | /data | false | false",
            "data:/data:ro       | data | /data | true  | false",
            "data:/data:rw       | data | /data | false | false",
            "data:/data:ro,nocopy| data | /data | true  | true",
            "db_1:/var/lib/x:z   | db_1 | /var/lib/x | false | false"})
    void namedBinds(String spec, String name, String target, boolean readOnly, boolean noCopy) {
        VolumeMount m = VolumeMount.ofBind(spec).orElseThrow();
        assertThat(m).isEqualTo(new VolumeMount(Optional.of(VolumeName.of(name)), target, readOnly, noCopy,
                Optional.empty()));
    }

    @Test
    void hostPathsAreNotVolumesAndABarePathIsAnonymous() {
        assertThat(VolumeMount.ofBind("/srv/data:/data")).isEmpty();
        assertThat(VolumeMount.ofBind("/srv/data:/data:ro")).isEmpty();
        assertThat(VolumeMount.ofBind("/data")).contains(VolumeMount.anonymous("/data"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "data                | invalid volume specification: 'data'",
            "a:b:c:d             | invalid volume specification: 'a:b:c:d'",
            ":/data              | invalid volume specification: ':/data'",
            "data:rel            | invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute",
            "data:/d:bogus       | invalid mode: bogus in 'data:/d:bogus'",
            "data:               | invalid mount config for type \"volume\": field Target must not be empty"})
    void invalidBinds(String spec, String message) {
        assertThatThrownBy(() -> VolumeMount.ofBind(spec)).isInstanceOf(VolumeException.class).hasMessage(message);
    }

    @Test
    void relativeSourcesGetDockersNameMessageWithTheCreateOperation() {
        assertThatThrownBy(() -> VolumeMount.ofBind("./src:/app"))
                .hasMessage("create ./src: \"./src\"" + NAME_RULE);
        assertThatThrownBy(() -> VolumeMount.ofBind("$(pwd):/app"))
                .hasMessage("create $(pwd): \"$(pwd)\"" + NAME_RULE);
    }

    @Test
    void longSyntax() {
        assertThat(VolumeMount.ofMount("data", "/d", true, true, "sub/dir")).isEqualTo(
                new VolumeMount(Optional.of(VolumeName.of("data")), "/d", true, true, Optional.of("sub/dir")));
        assertThat(VolumeMount.ofMount("", "/d", false, false, "")).isEqualTo(VolumeMount.anonymous("/d"));
        assertThat(VolumeMount.ofMount(null, "/d", false, false, null).name()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/abs", "..", "../up", "a/../../b", "."})
    void subpathsStayInsideTheVolume(String subpath) {
        assertThatThrownBy(() -> VolumeMount.ofMount("data", "/d", false, false, subpath))
                .hasMessage("invalid mount config for type \"volume\": subpath must be a relative path within the"
                        + " volume: '" + subpath + "'");
    }

    @Test
    void withNameNamesAnAnonymousMount() {
        VolumeMount named = VolumeMount.anonymous("/d").withName(VolumeName.of("abc"));
        assertThat(named.name()).contains(VolumeName.of("abc"));
        assertThat(named.target()).isEqualTo("/d");
    }
}
