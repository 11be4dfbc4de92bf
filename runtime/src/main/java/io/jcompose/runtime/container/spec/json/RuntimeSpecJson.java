package io.jcompose.runtime.container.spec.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An OCI runtime-spec {@code config.json} (1.0.2, what runc 1.1 reads), limited to the fields jcompose sets; null
 * fields are left out so that runc applies its own defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"ociVersion", "process", "root", "hostname", "domainname", "mounts", "linux"})
public record RuntimeSpecJson(
        @JsonProperty("ociVersion") String ociVersion,
        @JsonProperty("process") ProcessJson process,
        @JsonProperty("root") Root root,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("domainname") String domainname,
        @JsonProperty("mounts") List<MountJson> mounts,
        @JsonProperty("linux") LinuxJson linux) {

    /** The version runc 1.1.5 reports as its spec version. */
    public static final String OCI_VERSION = "1.0.2-dev";

    /** The container's root filesystem, absolute or relative to the bundle. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Root(@JsonProperty("path") String path, @JsonProperty("readonly") boolean readonly) {
    }
}
