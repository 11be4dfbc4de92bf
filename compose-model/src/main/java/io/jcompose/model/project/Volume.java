package io.jcompose.model.project;

import java.util.Map;

/** A top-level named volume; {@code name} is the engine-level name. */
public record Volume(String name, String driver, Map<String, String> driverOpts, boolean external,
        Map<String, String> labels) {

    public Volume {
        driverOpts = Copies.map(driverOpts);
        labels = Copies.map(labels);
    }
}
