package io.jcompose.runtime.api.image;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.FilterArgs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code filters} query parameter of image list and prune: JSON mapping each filter to its values, either as
 * {@code {"dangling":{"true":true}}} (what clients send) or the older {@code {"dangling":["true"]}}. Values of one
 * filter are alternatives, except labels, which must all match.
 */
record ImageFilters(Map<String, List<String>> values) {

    private static final Set<String> LIST_FILTERS = Set.of("dangling", "reference", "label", "before", "since");
    private static final Set<String> PRUNE_FILTERS = Set.of("dangling", "label", "until");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One image as the filters see it. */
    record Candidate(String id, List<String> repoTags, List<String> repoDigests, Instant created,
            Map<String, String> labels) {
    }

    ImageFilters {
        values = Map.copyOf(values);
    }

    static ImageFilters none() {
        return new ImageFilters(Map.of());
    }

    static ImageFilters forList(Optional<String> json) {
        return parse(json, LIST_FILTERS);
    }

    static ImageFilters forPrune(Optional<String> json) {
        return parse(json, PRUNE_FILTERS);
    }

    static ImageFilters parse(Optional<String> json, Set<String> allowed) {
        return new ImageFilters(FilterArgs.parse(json, allowed));
    }

    /** {@code dangling=true} or {@code false}; empty when not filtered. */
    Optional<Boolean> dangling() {
        List<String> v = values.getOrDefault("dangling", List.of());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String first = v.getFirst();
        return switch (first.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw new ApiException(400, "Invalid filter 'dangling=" + first + "'");
        };
    }

    /** Whether the image passes every filter; {@code createdOf} resolves the image named by before/since. */
    boolean matches(Candidate image, Function<String, Instant> createdOf) {
        boolean dangling = image.repoTags().isEmpty() && image.repoDigests().isEmpty();
        if (dangling().isPresent() && dangling().get() != dangling) {
            return false;
        }
        List<String> refs = values.getOrDefault("reference", List.of());
        if (!refs.isEmpty() && refs.stream().noneMatch(p -> referenceMatches(p, image))) {
            return false;
        }
        for (String label : values.getOrDefault("label", List.of())) {
            if (!labelMatches(label, image.labels())) {
                return false;
            }
        }
        for (String before : values.getOrDefault("before", List.of())) {
            if (!image.created().isBefore(createdOf.apply(before))) {
                return false;
            }
        }
        for (String since : values.getOrDefault("since", List.of())) {
            if (!image.created().isAfter(createdOf.apply(since))) {
                return false;
            }
        }
        for (String until : values.getOrDefault("until", List.of())) {
            if (!image.created().isBefore(until(until))) {
                return false;
            }
        }
        return true;
    }

    /** A point in time as docker takes {@code until}: RFC 3339, unix seconds, or a duration ago (10m, 24h). */
    static Instant until(String value) {
        try {
            if (value.matches("\\d+(\\.\\d+)?")) {
                return Instant.ofEpochSecond((long) Double.parseDouble(value));
            }
            if (value.matches("\\d+[smh]")) {
                long n = Long.parseLong(value.substring(0, value.length() - 1));
                long seconds = switch (value.charAt(value.length() - 1)) {
                    case 's' -> n;
                    case 'm' -> n * 60;
                    default -> n * 3600;
                };
                return Instant.now().minusSeconds(seconds);
            }
            return Instant.parse(value);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new ApiException(400, "invalid filter 'until=" + value + "'");
        }
    }

    /** Docker matches the pattern against each name whole and against its repository alone. */
    static boolean referenceMatches(String pattern, Candidate image) {
        List<String> names = new ArrayList<>(image.repoTags());
        names.addAll(image.repoDigests());
        for (String name : names) {
            int at = name.indexOf('@');
            int colon = name.lastIndexOf(':');
            String repo = at >= 0 ? name.substring(0, at)
                    : colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
            if (Glob.matches(pattern, name) || Glob.matches(pattern, repo)) {
                return true;
            }
        }
        return false;
    }

    static boolean labelMatches(String filter, Map<String, String> labels) {
        return FilterArgs.labelMatches(filter, labels);
    }
}
