package io.jcompose.runtime.container.spec.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigInteger;
import java.util.List;

/** The OCI {@code process}: what runc executes in the container and with which ids, capabilities and limits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"terminal", "user", "args", "env", "cwd", "capabilities", "rlimits", "noNewPrivileges",
        "oomScoreAdj"})
public record ProcessJson(
        @JsonProperty("terminal") boolean terminal,
        @JsonProperty("user") User user,
        @JsonProperty("args") List<String> args,
        @JsonProperty("env") List<String> env,
        @JsonProperty("cwd") String cwd,
        @JsonProperty("capabilities") Capabilities capabilities,
        @JsonProperty("rlimits") List<Rlimit> rlimits,
        @JsonProperty("noNewPrivileges") boolean noNewPrivileges,
        @JsonProperty("oomScoreAdj") Integer oomScoreAdj) {

    /** Numeric ids only: names were resolved against the image's passwd and group files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(
            @JsonProperty("uid") int uid,
            @JsonProperty("gid") int gid,
            @JsonProperty("additionalGids") List<Integer> additionalGids) {
    }

    /** The five capability sets; Docker leaves inheritable and ambient empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Capabilities(
            @JsonProperty("bounding") List<String> bounding,
            @JsonProperty("effective") List<String> effective,
            @JsonProperty("inheritable") List<String> inheritable,
            @JsonProperty("permitted") List<String> permitted,
            @JsonProperty("ambient") List<String> ambient) {
    }

    /** One {@code RLIMIT_*}; the limits are unsigned 64-bit, so unlimited is 18446744073709551615. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rlimit(
            @JsonProperty("type") String type,
            @JsonProperty("hard") BigInteger hard,
            @JsonProperty("soft") BigInteger soft) {
    }
}
