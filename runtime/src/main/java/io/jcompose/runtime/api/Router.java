package io.jcompose.runtime.api;

import io.jcompose.engine.api.ApiVersions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the route for a request and applies Docker's API-version rules to the {@code /vX.Y} prefix. */
final class Router {

    private static final Pattern VERSIONED = Pattern.compile("^/v(\\d+\\.\\d+)(/.*)$");

    private final List<Route> routes;

    Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** A path with its version prefix removed, and the version it asked for (current when none). */
    record Target(String path, String version) {
    }

    static Target target(String rawPath) {
        Matcher m = VERSIONED.matcher(rawPath);
        return m.matches() ? new Target(m.group(2), m.group(1)) : new Target(rawPath, ApiVersions.CURRENT);
    }

    /** Docker's answer for a version outside what we speak, or empty when it is fine. */
    static Optional<String> versionProblem(String version) {
        if (compare(version, ApiVersions.CURRENT) > 0) {
            return Optional.of("client version " + version + " is too new. Maximum supported API version is "
                    + ApiVersions.CURRENT);
        }
        if (compare(version, ApiVersions.MINIMUM) < 0) {
            return Optional.of("client version " + version + " is too old. Minimum supported API version is "
                    + ApiVersions.MINIMUM + ", please upgrade your client to a newer version");
        }
        return Optional.empty();
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /** The matching route and its path parameters; a path that matches with another method is a 405. */
    Optional<Map.Entry<Route, Map<String, String>>> find(String method, String path) {
        String m = method.equals("HEAD") ? "GET" : method;
        for (Route r : routes) {
            if (r.method().equals(m) || r.method().equals(method)) {
                Optional<Map<String, String>> params = r.match(path);
                if (params.isPresent()) {
                    return Optional.of(Map.entry(r, params.get()));
                }
            }
        }
        return Optional.empty();
    }
}
