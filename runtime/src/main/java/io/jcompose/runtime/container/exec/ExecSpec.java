package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.ContainerException;
import java.util.List;

/**
 * What an exec runs and how, as a client asked for it; empty {@code user} and {@code workingDir} mean the
 * container's own, and {@code env} entries override the container's by name.
 *
 * @param attachStdin whether the exec reads the caller's stdin (otherwise it reads /dev/null)
 */
public record ExecSpec(List<String> cmd, List<String> env, String user, String workingDir, boolean tty,
        boolean privileged, boolean attachStdin, boolean attachStdout, boolean attachStderr, String detachKeys) {

    public ExecSpec {
        if (cmd == null || cmd.isEmpty()) {
            throw new ContainerException(ContainerException.Kind.INVALID, "No exec command specified");
        }
        cmd = List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
        user = user == null ? "" : user;
        workingDir = workingDir == null ? "" : workingDir;
        detachKeys = detachKeys == null ? "" : detachKeys;
    }

    /** {@code cmd} as the container's user, attached to stdout and stderr. */
    public static ExecSpec of(List<String> cmd) {
        return new ExecSpec(cmd, List.of(), "", "", false, false, false, true, true, "");
    }

    public ExecSpec withEnv(List<String> newEnv) {
        return new ExecSpec(cmd, newEnv, user, workingDir, tty, privileged, attachStdin, attachStdout, attachStderr,
                detachKeys);
    }

    public ExecSpec withUser(String newUser) {
        return new ExecSpec(cmd, env, newUser, workingDir, tty, privileged, attachStdin, attachStdout, attachStderr,
                detachKeys);
    }

    public ExecSpec withWorkingDir(String dir) {
        return new ExecSpec(cmd, env, user, dir, tty, privileged, attachStdin, attachStdout, attachStderr,
                detachKeys);
    }

    public ExecSpec withStdin(boolean attach) {
        return new ExecSpec(cmd, env, user, workingDir, tty, privileged, attach, attachStdout, attachStderr,
                detachKeys);
    }
}
