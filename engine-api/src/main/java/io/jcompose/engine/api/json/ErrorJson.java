package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Docker's error body: {@code {"message": "..."}} with a 4xx/5xx status. */
public record ErrorJson(@JsonProperty("message") String message) {
}
