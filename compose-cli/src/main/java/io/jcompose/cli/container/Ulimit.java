package io.jcompose.cli.container;

import io.jcompose.engine.api.json.HostConfigJson.UlimitJson;

/** {@code --ulimit nofile=1024:2048}: a resource limit, soft and hard (the soft one alone sets both). */
record Ulimit(String name, long soft, long hard) {

    static Ulimit of(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("invalid ulimit: \"" + text + "\" (expected NAME=SOFT[:HARD])");
        }
        String name = text.substring(0, eq);
        String limits = text.substring(eq + 1);
        int colon = limits.indexOf(':');
        try {
            long soft = Long.parseLong(colon < 0 ? limits : limits.substring(0, colon));
            long hard = colon < 0 ? soft : Long.parseLong(limits.substring(colon + 1));
            if (soft > hard && hard >= 0) {
                throw new IllegalArgumentException("invalid ulimit: \"" + text
                        + "\" (the soft limit must not exceed the hard limit)");
            }
            return new Ulimit(name, soft, hard);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid ulimit: \"" + text + "\" (limits must be numbers)");
        }
    }

    UlimitJson toJson() {
        return new UlimitJson(name, soft, hard);
    }
}
