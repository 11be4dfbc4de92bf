package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /exec/{id}/start}: run in the background ({@code Detach}) or stream the output back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecStartJson(
        @JsonProperty("Detach") Boolean detach,
        @JsonProperty("Tty") Boolean tty,
        @JsonProperty("ConsoleSize") List<Integer> consoleSize) {

    public static ExecStartJson attached() {
        return new ExecStartJson(false, false, null);
    }

    public static ExecStartJson detached() {
        return new ExecStartJson(true, false, null);
    }
}
