package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * The body of {@code POST /containers/create}: the container {@code Config} fields at the top level, with
 * {@code HostConfig} and {@code NetworkingConfig} beside them, as docker's API has it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerCreateJson(
        @JsonUnwrapped ContainerConfigJson config,
        @JsonProperty("HostConfig") HostConfigJson hostConfig,
        @JsonProperty("NetworkingConfig") NetworkingConfigJson networkingConfig) {

    /** Per-network endpoint settings keyed by network name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NetworkingConfigJson(@JsonProperty("EndpointsConfig") Map<String, EndpointSettingsJson> endpoints) {
    }
}
