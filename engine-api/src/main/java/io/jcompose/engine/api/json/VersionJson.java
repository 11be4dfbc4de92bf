package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /version}: what the docker CLI prints under "Server:". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionJson(
        @JsonProperty("Platform") Map<String, String> platform,
        @JsonProperty("Components") List<Component> components,
        @JsonProperty("Version") String version,
        @JsonProperty("ApiVersion") String apiVersion,
        @JsonProperty("MinAPIVersion") String minApiVersion,
        @JsonProperty("GitCommit") String gitCommit,
        @JsonProperty("GoVersion") String goVersion,
        @JsonProperty("Os") String os,
        @JsonProperty("Arch") String arch,
        @JsonProperty("KernelVersion") String kernelVersion,
        @JsonProperty("BuildTime") String buildTime) {

    /** One component of the engine, as docker lists Engine, containerd, runc. */
    public record Component(
            @JsonProperty("Name") String name,
            @JsonProperty("Version") String version,
            @JsonProperty("Details") Map<String, String> details) {
    }
}
