package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /networks/{id}/connect} and {@code /disconnect}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkConnectJson(
        @JsonProperty("Container") String container,
        @JsonProperty("EndpointConfig") EndpointSettingsJson endpointConfig,
        @JsonProperty("Force") Boolean force) {
}
