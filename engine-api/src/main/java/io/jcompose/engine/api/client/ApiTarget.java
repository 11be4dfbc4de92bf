package io.jcompose.engine.api.client;

import io.jcompose.engine.api.ApiVersions;
import java.nio.charset.StandardCharsets;

/** A request target under the API version prefix, with URL-encoded query parameters; empty values are left out. */
final class ApiTarget {

    private final StringBuilder target;
    private boolean first = true;

    private ApiTarget(String path) {
        this.target = new StringBuilder("/v" + ApiVersions.forRequests()).append(path);
    }

    static ApiTarget of(String path) {
        return new ApiTarget(path);
    }

    ApiTarget param(String name, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        target.append(first ? '?' : '&').append(name).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        first = false;
        return this;
    }

    ApiTarget flag(String name, boolean on) {
        return on ? param(name, "1") : this;
    }

    String build() {
        return target.toString();
    }
}
