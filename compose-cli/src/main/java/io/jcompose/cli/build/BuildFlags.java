package io.jcompose.cli.build;

import io.jcompose.model.error.ComposeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code KEY=VALUE} flags of {@code docker build} and {@code docker compose build}, read as docker reads them. */
public final class BuildFlags {

    private BuildFlags() {
    }

    /**
     * {@code --build-arg}: {@code KEY=VALUE}, or {@code KEY} alone to take the value from the environment (left out
     * when the variable is not set, so the Dockerfile's default applies).
     */
    public static Map<String, String> buildArgs(List<String> flags, Map<String, String> environment) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            if (eq == 0) {
                throw new ComposeException("invalid argument \"" + flag + "\" for \"--build-arg\" flag: variable "
                        + "name is missing");
            }
            if (eq > 0) {
                args.put(flag.substring(0, eq), flag.substring(eq + 1));
            } else if (environment.containsKey(flag)) {
                args.put(flag, environment.get(flag));
            }
        }
        return args;
    }

    /** {@code --label KEY[=VALUE]} (an empty value when there is no {@code =}). */
    public static Map<String, String> labels(List<String> flags) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            labels.put(eq < 0 ? flag : flag.substring(0, eq), eq < 0 ? "" : flag.substring(eq + 1));
        }
        return labels;
    }

    /** {@code --add-host host:ip} or {@code host=ip}, as the engine takes them: {@code host:ip}. */
    public static String extraHost(String flag) {
        int eq = flag.indexOf('=');
        int sep = eq >= 0 ? eq : flag.indexOf(':');
        if (sep <= 0 || sep == flag.length() - 1) {
            throw new ComposeException("invalid argument \"" + flag + "\" for \"--add-host\" flag: bad format for "
                    + "add-host: \"" + flag + "\"");
        }
        String ip = flag.substring(sep + 1);
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        return flag.substring(0, sep) + ":" + ip;
    }
}
