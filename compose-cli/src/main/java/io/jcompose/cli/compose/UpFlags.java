package io.jcompose.cli.compose;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The flags of {@code up} and the combinations docker compose v2 refuses, with its messages; a mixin so that the
 * command stays about what happens, and the checks can be tested by parsing alone.
 */
public final class UpFlags {

    @Option(names = {"-d", "--detach"}, description = "Detached mode: Run containers in the background.")
    boolean detach;

    @Option(names = "--force-recreate", description = "Recreate containers even if their configuration and image "
            + "haven't changed.")
    boolean forceRecreate;

    @Option(names = "--no-recreate", description = "If containers already exist, don't recreate them.")
    boolean noRecreate;

    @Option(names = "--always-recreate-deps", description = "Recreate dependent containers. Incompatible with "
            + "--no-recreate.")
    boolean alwaysRecreateDeps;

    @Option(names = {"-V", "--renew-anon-volumes"}, description = "Recreate anonymous volumes instead of retrieving "
            + "data from the previous containers (jcompose always does).")
    boolean renewAnonVolumes;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Use this timeout in seconds for "
            + "container shutdown when attached or when containers are already running.")
    Integer timeout;

    @Option(names = "--wait", description = "Wait for services to be running|healthy. Implies detached mode.")
    boolean waitReady;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Maximum "
            + "duration in seconds to wait for the project to be running|healthy, and for a depends_on condition "
            + "(default: ${DEFAULT-VALUE}).")
    int waitTimeout;

    @Option(names = "--build", description = "Build images before starting containers.")
    boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's policy.")
    boolean noBuild;

    @Option(names = "--no-start", description = "Don't start the services after creating them.")
    boolean noStart;

    @Option(names = "--no-deps", description = "Don't start linked services.")
    boolean noDeps;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances. "
            + "Overrides the `scale` setting in the Compose file if present.")
    List<String> scale = new ArrayList<>();

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running "
            + "(\"always\"|\"missing\"|\"never\").")
    String pull = "";

    @Option(names = "--quiet-pull", description = "Pull without printing progress information.")
    boolean quietPull;

    @Option(names = "--abort-on-container-exit", description = "Stops all containers if any container was "
            + "stopped. Incompatible with -d.")
    boolean abortOnExit;

    @Option(names = "--abort-on-container-failure", description = "Stops all containers if any container exited "
            + "with failure. Incompatible with -d.")
    boolean abortOnFailure;

    @Option(names = "--exit-code-from", paramLabel = "SERVICE", description = "Return the exit code of the selected "
            + "service container. Implies --abort-on-container-exit.")
    String exitCodeFrom;

    @Option(names = "--attach", paramLabel = "SERVICE", description = "Restrict attaching to the specified services. "
            + "Incompatible with --attach-dependencies.")
    List<String> attach = new ArrayList<>();

    @Option(names = "--no-attach", paramLabel = "SERVICE", description = "Do not attach (stream logs) to the "
            + "specified services.")
    List<String> noAttach = new ArrayList<>();

    @Option(names = "--attach-dependencies", description = "Automatically attach to log output of dependent "
            + "services.")
    boolean attachDependencies;

    @Option(names = "--no-color", description = "Produce monochrome output.")
    boolean noColor;

    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs.")
    boolean noLogPrefix;

    @Option(names = "--timestamps", description = "Show timestamps.")
    boolean timestamps;

    /** Detached: {@code -d}, or {@code --wait} which implies it. */
    boolean detach() {
        return detach || waitReady;
    }

    /** {@code --exit-code-from} implies {@code --abort-on-container-exit}. */
    boolean abortOnExit() {
        return abortOnExit || exitCodeFrom != null && !abortOnFailure;
    }

    /** Throws docker compose's refusal of an impossible combination. */
    /** {@code --build} builds every image with a {@code build:}, {@code --no-build} none, else only missing ones. */
    io.jcompose.cli.compose.exec.BuildPolicy buildPolicy() {
        return noBuild ? io.jcompose.cli.compose.exec.BuildPolicy.NEVER
                : build ? io.jcompose.cli.compose.exec.BuildPolicy.ALWAYS
                : io.jcompose.cli.compose.exec.BuildPolicy.MISSING;
    }

    void validate(CommandSpec spec) {
        if (forceRecreate && noRecreate) {
            throw refuse(spec, "--force-recreate and --no-recreate are incompatible");
        }
        if (build && noBuild) {
            throw refuse(spec, "--build and --no-build are incompatible");
        }
        if (alwaysRecreateDeps && noRecreate) {
            throw refuse(spec, "--always-recreate-deps and --no-recreate are incompatible");
        }
        if (abortOnExit() && abortOnFailure) {
            throw refuse(spec, "--abort-on-container-failure cannot be combined with --abort-on-container-exit");
        }
        if (waitReady && (attachDependencies || abortOnExit() || abortOnFailure || !attach.isEmpty())) {
            throw refuse(spec, "--wait cannot be combined with --abort-on-container-exit, --attach or "
                    + "--attach-dependencies");
        }
        if (detach && (attachDependencies || abortOnExit() || abortOnFailure || !attach.isEmpty())) {
            throw refuse(spec, "--detach cannot be combined with --abort-on-container-exit, "
                    + "--abort-on-container-failure, --attach or --attach-dependencies");
        }
        if (noStart && (detach() || abortOnExit() || abortOnFailure)) {
            throw refuse(spec, "--no-start cannot be combined with --abort-on-container-exit, "
                    + "--abort-on-container-failure, --exit-code-from, --detach or --wait");
        }
        if (!attach.isEmpty() && attachDependencies) {
            throw refuse(spec, "--attach cannot be combined with --attach-dependencies");
        }
        if (!pull.isEmpty() && !List.of("always", "missing", "never").contains(pull)) {
            throw refuse(spec, "invalid --pull option \"" + pull + "\" (expected always, missing or never)");
        }
        if (timeout != null && timeout < 0) {
            throw refuse(spec, "--timeout: " + timeout + " is negative");
        }
    }

    private static ParameterException refuse(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
