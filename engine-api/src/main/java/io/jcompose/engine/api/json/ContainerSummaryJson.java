package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One row of {@code GET /containers/json}: what {@code docker ps} and compose's observers read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerSummaryJson(
        @JsonProperty("Id") String id,
        @JsonProperty("Names") List<String> names,
        @JsonProperty("Image") String image,
        @JsonProperty("ImageID") String imageId,
        @JsonProperty("Command") String command,
        @JsonProperty("Created") long created,
        @JsonProperty("Ports") List<PortJson> ports,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("State") String state,
        @JsonProperty("Status") String status,
        @JsonProperty("HostConfig") Map<String, String> hostConfig,
        @JsonProperty("NetworkSettings") NetworksJson networkSettings,
        @JsonProperty("Mounts") List<ContainerInspectJson.MountPointJson> mounts) {

    /** A port of the container, published or not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PortJson(@JsonProperty("IP") String ip, @JsonProperty("PrivatePort") int privatePort,
            @JsonProperty("PublicPort") Integer publicPort, @JsonProperty("Type") String type) {
    }

    /** The networks the container is attached to, by name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NetworksJson(@JsonProperty("Networks") Map<String, EndpointSettingsJson> networks) {
    }
}
