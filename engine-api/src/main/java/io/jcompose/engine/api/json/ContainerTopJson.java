package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /containers/{id}/top}: ps's column titles and one row of columns per process of the container. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerTopJson(@JsonProperty("Titles") List<String> titles,
        @JsonProperty("Processes") List<List<String>> processes) {

    public ContainerTopJson {
        titles = titles == null ? List.of() : List.copyOf(titles);
        processes = processes == null ? List.of() : processes.stream().map(List::copyOf).toList();
    }
}
