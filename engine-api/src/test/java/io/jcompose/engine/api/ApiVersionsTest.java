package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiVersionsTest {

    @AfterEach
    void reset() {
        ApiVersions.reset();
    }

    @Test
    void requestsUseTheOlderVersionOfAnOlderEngine() {
        assertThat(ApiVersions.forRequests()).isEqualTo(ApiVersions.CURRENT);
        ApiVersions.negotiate("1.41");
        assertThat(ApiVersions.forRequests()).isEqualTo("1.41");
    }

    @Test
    void newerTooOldOrJunkVersionsChangeNothing() {
        ApiVersions.negotiate("1.52");
        ApiVersions.negotiate("1.12");
        ApiVersions.negotiate("x");
        ApiVersions.negotiate(null);
        assertThat(ApiVersions.forRequests()).isEqualTo(ApiVersions.CURRENT);
        assertThat(ApiVersions.compare("1.9", "1.10")).isNegative();
    }
}
