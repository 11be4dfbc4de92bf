package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code POST /containers/{id}/wait}: the exit code, and an error when waiting failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerWaitJson(@JsonProperty("StatusCode") long statusCode, @JsonProperty("Error") WaitError error) {

    /** Why the wait could not report an exit code. */
    public record WaitError(@JsonProperty("Message") String message) {
    }
}
