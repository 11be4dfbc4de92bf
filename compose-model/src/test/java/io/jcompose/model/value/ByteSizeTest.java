package io.jcompose.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({
        "1024,1024", "-1,-1", "512m,536870912", "1g,1073741824", "1kb,1024", "1KiB,1024", "1.5g,1610612736",
        "256MiB,268435456", "10b,10", "10B,10", "1t,1099511627776", "1p,1125899906842624", "0,0",
        "'2 m',2097152", "0.5k,512", "1.1k,1126",
    })
    void parsesDockerUnits(String input, long bytes) {
        assertThat(ByteSize.of(input).bytes()).isEqualTo(bytes);
        assertThat(ByteSize.of(input).toString()).isEqualTo(Long.toString(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "12 parsecs", "1x", "1mbb", "1kib2", "-1m", "1..2m", "99999999999p"})
    void rejectsInvalidSizes(String input) {
        assertThatThrownBy(() -> ByteSize.of(input)).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"" + input + "\" is not a valid byte size (expected a number with an optional unit b, "
                        + "k, m, g, t or p, e.g. 512m)");
    }
}
