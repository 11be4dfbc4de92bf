package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A volume as {@code GET /volumes}, {@code GET /volumes/{name}} and {@code POST /volumes/create} show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeJson(
        @JsonProperty("Name") String name,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Mountpoint") String mountpoint,
        @JsonProperty("CreatedAt") String createdAt,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Options") Map<String, String> options,
        @JsonProperty("UsageData") UsageData usageData) {

    /** Size in bytes and the number of containers using it; -1 where not computed (docker's convention). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UsageData(@JsonProperty("Size") long size, @JsonProperty("RefCount") long refCount) {
    }
}
