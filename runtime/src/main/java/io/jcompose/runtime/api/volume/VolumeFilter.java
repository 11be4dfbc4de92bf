package io.jcompose.runtime.api.volume;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.FilterArgs;
import io.jcompose.runtime.volume.VolumeRecord;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Docker's volume filters: {@code name} (part of the name), {@code label} / {@code label!} ({@code key} or
 * {@code key=value}), {@code driver}, {@code dangling} (used by no container); names and drivers match any value
 * given, labels all of them (as docker's key-value lists), different filters all.
 */
record VolumeFilter(Map<String, List<String>> filters) {

    static VolumeFilter of(Map<String, List<String>> filters) {
        for (String d : filters.getOrDefault("dangling", List.of())) {
            if (!List.of("true", "false", "1", "0").contains(d)) {
                throw new ApiException(400, "invalid filter 'dangling=" + d + "'");
            }
        }
        return new VolumeFilter(Map.copyOf(filters));
    }

    /** Whether the volume passes; {@code unused} is asked only when {@code dangling} is given. */
    boolean matches(VolumeRecord r, BooleanSupplier unused) {
        List<String> names = filters.getOrDefault("name", List.of());
        if (!names.isEmpty() && names.stream().noneMatch(n -> r.name().contains(n))) {
            return false;
        }
        List<String> drivers = filters.getOrDefault("driver", List.of());
        if (!drivers.isEmpty() && !drivers.contains(r.driver())) {
            return false;
        }
        List<String> labels = filters.getOrDefault("label", List.of());
        if (!labels.stream().allMatch(l -> FilterArgs.labelMatches(l, r.labels()))) {
            return false;
        }
        List<String> notLabels = filters.getOrDefault("label!", List.of());
        if (notLabels.stream().anyMatch(l -> FilterArgs.labelMatches(l, r.labels()))) {
            return false;
        }
        List<String> dangling = filters.getOrDefault("dangling", List.of());
        if (!dangling.isEmpty()) {
            boolean want = dangling.getFirst().equals("true") || dangling.getFirst().equals("1");
            return want == unused.getAsBoolean();
        }
        return true;
    }
}
