package io.jcompose.runtime.container.spec.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The OCI {@code linux} section: namespaces, cgroup and its limits, sysctls, and the /proc and /sys hardening. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"namespaces", "cgroupsPath", "resources", "sysctl", "maskedPaths", "readonlyPaths"})
public record LinuxJson(
        @JsonProperty("namespaces") List<Namespace> namespaces,
        @JsonProperty("cgroupsPath") String cgroupsPath,
        @JsonProperty("resources") LinuxResourcesJson resources,
        @JsonProperty("sysctl") Map<String, String> sysctl,
        @JsonProperty("maskedPaths") List<String> maskedPaths,
        @JsonProperty("readonlyPaths") List<String> readonlyPaths) {

    /** A namespace to create ({@code path} null) or to join. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Namespace(@JsonProperty("type") String type, @JsonProperty("path") String path) {
    }
}
