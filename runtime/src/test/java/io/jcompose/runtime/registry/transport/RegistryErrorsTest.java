package io.jcompose.runtime.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "404|{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\",\"detail\":{}}]}|manifest unknown",
        "401|{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}|unauthorized: authentication required",
        "404|{\"errors\":[{\"code\":\"BLOB_UNKNOWN\",\"message\":\"blob unknown to registry\"}]}|blob unknown: blob unknown to registry",
        "400|{\"errors\":[{\"code\":\"TAG_INVALID\"},{\"code\":\"X\",\"message\":\"y\"}]}|tag invalid; x: y",
        "401||unauthorized: authentication required",
        "403|<html>denied</html>|denied: requested access to the resource is denied",
        "404|{}|not found",
        "502|bad gateway|unexpected HTTP status 502",
    })
    void describes(int status, String body, String expected) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        assertThat(RegistryErrors.failure(status, bytes)).hasMessage(expected);
    }

    @ParameterizedTest
    @CsvSource({"7, PT7S", "0, PT0S", "1000, PT30S", "soon, PT0.5S"})
    void retryAfterIsHonouredUpToTheMaximum(String header, String delay) {
        assertThat(RetryPolicy.defaults().delay(1, header)).hasToString(delay);
    }
}
