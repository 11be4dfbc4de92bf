package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.FilterArgs;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The filters of {@code GET /containers/json} and prune: values of one filter are alternatives, labels must all
 * match, as docker has it. Compose finds a project's containers with {@code label} filters.
 */
record ContainerFilters(Map<String, List<String>> values) {

    private static final Set<String> LIST = Set.of("id", "name", "label", "status", "exited", "ancestor", "before",
            "since", "health", "network", "volume", "publish", "expose", "isolation", "is-task");
    private static final Set<String> STATUSES = Set.of("created", "restarting", "running", "removing", "paused",
            "exited", "dead");

    static ContainerFilters parse(Optional<String> json) {
        ContainerFilters filters = new ContainerFilters(FilterArgs.parse(json, LIST));
        for (String status : filters.get("status")) {
            if (!STATUSES.contains(status)) {
                throw new ApiException(400, "invalid filter 'status=" + status + "'");
            }
        }
        return filters;
    }

    List<String> get(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether {@code r} passes; {@code lookup} finds the containers named by before/since. */
    boolean matches(ContainerRecord r, Function<String, ContainerRecord> lookup) {
        Map<String, String> labels = r.config().labels() == null ? Map.of() : r.config().labels();
        for (String label : get("label")) {
            if (!FilterArgs.labelMatches(label, labels)) {
                return false;
            }
        }
        if (!get("id").isEmpty() && get("id").stream().noneMatch(id -> r.id().hex().startsWith(id))) {
            return false;
        }
        if (!get("name").isEmpty() && get("name").stream().noneMatch(n -> nameMatches(n, r.name().value()))) {
            return false;
        }
        if (!get("status").isEmpty() && !get("status").contains(r.state().status().apiName())) {
            return false;
        }
        if (!get("exited").isEmpty() && (r.state().status() != ContainerStatus.EXITED
                || !get("exited").contains(Integer.toString(r.state().exitCode())))) {
            return false;
        }
        if (!get("ancestor").isEmpty() && get("ancestor").stream().noneMatch(a -> a.equals(r.image())
                || r.imageId().equals(a) || r.imageId().startsWith("sha256:" + a))) {
            return false;
        }
        for (String before : get("before")) {
            if (!r.created().isBefore(lookup.apply(before).created())) {
                return false;
            }
        }
        for (String since : get("since")) {
            if (!r.created().isAfter(lookup.apply(since).created())) {
                return false;
            }
        }
        return true;
    }

    /** Docker treats the name filter as a regular expression searched in the name (with its slash). */
    private static boolean nameMatches(String pattern, String name) {
        try {
            return Pattern.compile(pattern).matcher("/" + name).find();
        } catch (PatternSyntaxException e) {
            return ("/" + name).contains(pattern);
        }
    }
}
