package io.jcompose.network.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Rotates the addresses of a scaled service one step per answer, so that clients taking the first spread out. */
final class RoundRobin {

    private static final int MAX_KEYS = 10_000;

    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    <T> List<T> next(String key, List<T> items) {
        if (items.size() < 2) {
            return items;
        }
        if (counters.size() > MAX_KEYS) {
            counters.clear();
        }
        int shift = Math.floorMod(counters.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement(),
                items.size());
        List<T> rotated = new ArrayList<>(items.size());
        rotated.addAll(items.subList(shift, items.size()));
        rotated.addAll(items.subList(0, shift));
        return rotated;
    }
}
