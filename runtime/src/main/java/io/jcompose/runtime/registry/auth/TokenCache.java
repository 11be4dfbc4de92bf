package io.jcompose.runtime.registry.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens by realm, service and scopes, so that the many requests of one pull ask the token server once.
 * Tokens are dropped a little before they expire.
 */
public final class TokenCache {

    private static final Duration MARGIN = Duration.ofSeconds(10);

    private record Entry(String token, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public TokenCache(Clock clock) {
        this.clock = clock;
    }

    /** The cache key: realm, service and the scopes sorted. */
    public static String key(String realm, String service, List<String> scopes) {
        return realm + "|" + service + "|" + String.join(" ", new TreeSet<>(scopes));
    }

    public Optional<String> get(String key) {
        Entry e = entries.get(key);
        if (e == null || !clock.instant().isBefore(e.expires())) {
            return Optional.empty();
        }
        return Optional.of(e.token());
    }

    /** Keeps {@code token} for {@code lifetime} (the token server's {@code expires_in}, 60 s if it gave none). */
    public void put(String key, String token, Duration lifetime) {
        Duration keep = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime;
        entries.put(key, new Entry(token, clock.instant().plus(keep)));
    }
}
