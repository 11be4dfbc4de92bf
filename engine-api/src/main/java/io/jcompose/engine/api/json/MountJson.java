package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One entry of {@code HostConfig.Mounts}: the long form of a bind, volume or tmpfs mount. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MountJson(
        @JsonProperty("Target") String target,
        @JsonProperty("Source") String source,
        @JsonProperty("Type") String type,
        @JsonProperty("ReadOnly") Boolean readOnly,
        @JsonProperty("Consistency") String consistency,
        @JsonProperty("BindOptions") BindOptions bindOptions,
        @JsonProperty("VolumeOptions") VolumeOptions volumeOptions,
        @JsonProperty("TmpfsOptions") TmpfsOptions tmpfsOptions) {

    /** Options of a bind mount. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BindOptions(@JsonProperty("Propagation") String propagation,
            @JsonProperty("NonRecursive") Boolean nonRecursive,
            @JsonProperty("CreateMountpoint") Boolean createMountpoint) {
    }

    /** Options of a named volume mount. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VolumeOptions(@JsonProperty("NoCopy") Boolean noCopy,
            @JsonProperty("Labels") Map<String, String> labels,
            @JsonProperty("Subpath") String subpath) {
    }

    /** Options of a tmpfs mount; size in bytes, mode as a number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TmpfsOptions(@JsonProperty("SizeBytes") Long sizeBytes, @JsonProperty("Mode") Integer mode) {
    }
}
