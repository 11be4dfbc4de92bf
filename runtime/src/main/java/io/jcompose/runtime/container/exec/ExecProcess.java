package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.spec.ResolvedUser;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OCI process of an exec, derived from the container's own process as docker does: the same capabilities,
 * rlimits and no-new-privileges; the container's environment with the exec's variables over it; the exec's
 * user, working directory, command and terminal mode where it gives them.
 */
public final class ExecProcess {

    private ExecProcess() {
    }

    /**
     * @param container       the {@code process} of the container's {@code config.json}
     * @param user            the exec's own user, resolved in the container's root; empty: the container's
     * @param keepHome        whether the container's configuration set {@code HOME} (then an exec user keeps it)
     * @param allCapabilities every capability the kernel has, for a privileged exec
     */
    public static ProcessJson derive(ProcessJson container, ExecSpec spec, Optional<ResolvedUser> user,
            boolean keepHome, List<String> allCapabilities) {
        ProcessJson.User ids = user.map(u -> new ProcessJson.User(u.uid(), u.gid(), u.additionalGids()))
                .orElse(container.user());
        Map<String, String> env = new LinkedHashMap<>();
        apply(env, container.env() == null ? List.of() : container.env());
        if (user.isPresent() && !keepHome) {
            env.put("HOME", "HOME=" + user.get().home());
        }
        if (spec.tty()) {
            env.putIfAbsent("TERM", "TERM=xterm");
        }
        apply(env, spec.env());
        String cwd = !spec.workingDir().isEmpty() ? spec.workingDir()
                : container.cwd() == null || container.cwd().isEmpty() ? "/" : container.cwd();
        ProcessJson.Capabilities caps = spec.privileged() ? all(container.capabilities(), allCapabilities)
                : container.capabilities();
        return new ProcessJson(spec.tty(), ids, spec.cmd(), List.copyOf(env.values()), cwd, caps,
                container.rlimits(), container.noNewPrivileges(), container.oomScoreAdj());
    }

    /** KEY=VALUE entries replace by key; a bare KEY removes the variable, as docker's env merging does. */
    private static void apply(Map<String, String> env, List<String> entries) {
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                env.remove(entry);
            } else {
                env.put(entry.substring(0, eq), entry);
            }
        }
    }

    private static ProcessJson.Capabilities all(ProcessJson.Capabilities container, List<String> every) {
        return new ProcessJson.Capabilities(every, every, container == null ? null : container.inheritable(), every,
                container == null ? null : container.ambient());
    }
}
