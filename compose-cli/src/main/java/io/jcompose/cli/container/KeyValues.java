package io.jcompose.cli.container;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code KEY=VALUE} flags as a map sorted like Go sorts map keys, so the create body reads as docker's. */
final class KeyValues {

    private KeyValues() {
    }

    /** {@code -l a=b}, {@code -l a}: a bare key has the empty value. */
    static Map<String, String> labels(List<String> flags) {
        Map<String, String> out = new TreeMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            out.put(eq < 0 ? flag : flag.substring(0, eq), eq < 0 ? "" : flag.substring(eq + 1));
        }
        return out;
    }

    /** {@code --sysctl net.ipv4.ip_forward=1}: the value is required. */
    static Map<String, String> required(String what, List<String> flags) {
        Map<String, String> out = new TreeMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(what + ": \"" + flag + "\" is not KEY=VALUE");
            }
            out.put(flag.substring(0, eq), flag.substring(eq + 1));
        }
        return out;
    }

    /** {@code --tmpfs /run:rw,size=64m}: the container path and its mount options (maybe none). */
    static Map<String, String> tmpfs(List<String> flags) {
        Map<String, String> out = new TreeMap<>();
        for (String flag : flags) {
            int colon = flag.indexOf(':');
            String path = colon < 0 ? flag : flag.substring(0, colon);
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("--tmpfs: \"" + flag + "\": the path must be absolute");
            }
            out.put(path, colon < 0 ? "" : flag.substring(colon + 1));
        }
        return out;
    }
}
