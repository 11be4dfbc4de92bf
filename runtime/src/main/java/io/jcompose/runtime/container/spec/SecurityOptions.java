package io.jcompose.runtime.container.spec;

import java.util.List;
import java.util.Locale;

/**
 * The {@code --security-opt} values jcompose understands. There is no seccomp profile yet: {@code seccomp=unconfined}
 * is accepted (it changes nothing) and a profile is refused rather than silently not applied; AppArmor and SELinux
 * labels are accepted and ignored, as Docker does on a host without them.
 *
 * @param noNewPrivileges       {@code no-new-privileges}, {@code no-new-privileges:true} or {@code =true}
 * @param unconfinedSystemPaths {@code systempaths=unconfined}: no masked or read-only /proc and /sys paths
 */
record SecurityOptions(boolean noNewPrivileges, boolean unconfinedSystemPaths) {

    static SecurityOptions parse(List<String> options) {
        boolean noNewPrivileges = false;
        boolean unconfined = false;
        for (String option : options) {
            if (option.equals("no-new-privileges")) {
                noNewPrivileges = true;
                continue;
            }
            int sep = separator(option);
            if (sep < 0) {
                throw new SpecException("invalid --security-opt 1: \"" + option + "\"");
            }
            String key = option.substring(0, sep);
            String value = option.substring(sep + 1);
            switch (key) {
                case "no-new-privileges" -> noNewPrivileges = bool(option, value);
                case "systempaths" -> {
                    if (!value.equals("unconfined")) {
                        throw new SpecException("invalid --security-opt 2: \"" + option + "\"");
                    }
                    unconfined = true;
                }
                case "seccomp" -> {
                    if (!value.equals("unconfined")) {
                        throw new SpecException("security option \"" + option
                                + "\" is not supported: jcompose applies no seccomp profile yet");
                    }
                }
                case "apparmor", "label" -> {
                    // Neither AppArmor nor SELinux is used by jcompose; Docker ignores these too where they are off.
                }
                default -> throw new SpecException("invalid --security-opt 2: \"" + option + "\"");
            }
        }
        return new SecurityOptions(noNewPrivileges, unconfined);
    }

    private static int separator(String option) {
        int eq = option.indexOf('=');
        int colon = option.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static boolean bool(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new SpecException(
                    "invalid --security-opt 2: \"" + option + "\" (no-new-privileges takes true or false)");
        };
    }
}
