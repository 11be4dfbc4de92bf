package io.jcompose.model.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep order and, unlike {@link Map#copyOf}, allow null map values (unset variables). */
final class Copies {

    private Copies() {
    }

    static <K, V> Map<K, V> map(Map<K, V> source) {
        return source == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : List.copyOf(source);
    }

    /** A copy of a list whose absence means something (an unset command); null stays null. */
    static <T> List<T> nullableList(List<T> source) {
        return source == null ? null : List.copyOf(source);
    }
}
