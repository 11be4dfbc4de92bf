package io.jcompose.model.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The variables a project is interpolated with: process environment over {@code --env-file} over {@code .env}. */
public record Environment(Map<String, String> values) {

    public Environment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
