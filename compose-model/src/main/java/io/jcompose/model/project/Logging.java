package io.jcompose.model.project;

import java.util.Map;

/** The logging driver of a service's containers and its options. */
public record Logging(String driver, Map<String, String> options) {

    public Logging {
        options = Copies.map(options);
    }
}
