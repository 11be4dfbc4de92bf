package io.jcompose.cli.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code -f key=value} flags as the engine's filter map: several values of one key are kept in order. */
public final class FilterFlags {

    private FilterFlags() {
    }

    /** Throws IllegalArgumentException quoting a flag without {@code =} or without a key. */
    public static Map<String, List<String>> of(List<String> flags) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String f : flags) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--filter: \"" + f + "\" is not KEY=VALUE");
            }
            out.computeIfAbsent(f.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        return out;
    }
}
