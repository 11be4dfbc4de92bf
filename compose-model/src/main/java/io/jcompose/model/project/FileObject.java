package io.jcompose.model.project;

import java.util.Map;

/** A top-level secret or config: its content comes from a file, an environment variable or inline content. */
public record FileObject(String name, String file, String environment, String content, boolean external,
        Map<String, String> labels) {

    public FileObject {
        labels = Copies.map(labels);
    }
}
