package io.jcompose.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"web", "a", "Web_1", "api.v2", "db-primary", "0day"})
    void acceptsComposeNames(String name) {
        assertThat(ServiceName.of(name).toString()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-web", "_web", ".web", "web app", "web/1", "wéb"})
    void rejectsOtherNames(String name) {
        assertThatThrownBy(() -> ServiceName.of(name)).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"" + name + "\" is not a valid service name (expected letters, digits, '_', '.' or "
                        + "'-', starting with a letter or digit)");
    }
}
