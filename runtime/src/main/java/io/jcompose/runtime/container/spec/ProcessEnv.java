package io.jcompose.runtime.container.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment of a container's process as Docker builds it: {@code PATH} (a default unless the image or the
 * container sets it), {@code HOSTNAME}, {@code TERM=xterm} with a TTY, then the container's variables, then the
 * image's that the container did not override by name; an entry without {@code =} removes the variable.
 * {@code HOME} is added last from the user's passwd entry when nothing set it, as runc does.
 */
public final class ProcessEnv {

    /** The {@code PATH} Docker gives a Linux container whose image sets none. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ProcessEnv() {
    }

    /** The KEY=VALUE list, in Docker's order. */
    public static List<String> merge(List<String> imageEnv, List<String> containerEnv, String hostname,
                                     boolean tty, String home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "PATH=" + DEFAULT_PATH);
        env.put("HOSTNAME", "HOSTNAME=" + hostname);
        if (tty) {
            env.put("TERM", "TERM=xterm");
        }
        List<String> overrides = new ArrayList<>(containerEnv);
        for (String entry : imageEnv) {
            if (!hasKey(containerEnv, key(entry))) {
                overrides.add(entry);
            }
        }
        for (String entry : overrides) {
            if (entry.indexOf('=') < 0) {
                env.remove(entry);
            } else {
                env.put(key(entry), entry);
            }
        }
        env.putIfAbsent("HOME", "HOME=" + home);
        return List.copyOf(env.values());
    }

    private static boolean hasKey(List<String> entries, String key) {
        for (String entry : entries) {
            if (key(entry).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }
}
