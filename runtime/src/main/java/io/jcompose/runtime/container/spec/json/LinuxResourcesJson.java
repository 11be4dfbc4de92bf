package io.jcompose.runtime.container.spec.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The OCI {@code linux.resources}: what runc writes into the container's cgroup. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinuxResourcesJson(
        @JsonProperty("devices") List<DeviceRule> devices,
        @JsonProperty("memory") Memory memory,
        @JsonProperty("cpu") Cpu cpu,
        @JsonProperty("pids") Pids pids) {

    /** One device-cgroup rule; null type/major/minor match all. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeviceRule(
            @JsonProperty("allow") boolean allow,
            @JsonProperty("type") String type,
            @JsonProperty("major") Long major,
            @JsonProperty("minor") Long minor,
            @JsonProperty("access") String access) {
    }

    /** Bytes; swap is memory plus swap, -1 for unlimited. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Memory(
            @JsonProperty("limit") Long limit,
            @JsonProperty("reservation") Long reservation,
            @JsonProperty("swap") Long swap,
            @JsonProperty("disableOOMKiller") Boolean disableOomKiller) {
    }

    /** CFS shares and quota/period in microseconds, and the cpuset. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cpu(
            @JsonProperty("shares") Long shares,
            @JsonProperty("quota") Long quota,
            @JsonProperty("period") Long period,
            @JsonProperty("cpus") String cpus,
            @JsonProperty("mems") String mems) {
    }

    /** The most tasks the container may hold. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pids(@JsonProperty("limit") long limit) {
    }
}
