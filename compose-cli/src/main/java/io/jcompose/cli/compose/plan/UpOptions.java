package io.jcompose.cli.compose.plan;

import io.jcompose.model.project.Service;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code up} flags that change the plan or its execution: recreate policy, orphans, the stop timeout of
 * replaced containers, how long to wait for a dependency's condition, which services take part ({@code services}:
 * empty for all; {@code targets}: those named on the command line, empty for all), {@code --scale}, {@code
 * --no-start}, {@code --always-recreate-deps}, {@code --pull} (empty: each service's {@code pull_policy}),
 * {@code --quiet-pull} and {@code -V/--renew-anon-volumes} (a recreated container gets fresh anonymous volumes
 * instead of its predecessor's).
 */
public record UpOptions(boolean forceRecreate, boolean noRecreate, boolean removeOrphans, OptionalInt stopTimeout,
        Duration dependencyTimeout, Set<String> services, Set<String> targets, Map<String, Integer> scale,
        boolean noStart, boolean alwaysRecreateDeps, String pull, boolean quietPull, boolean renewAnonVolumes) {

    public static final UpOptions DEFAULTS = new UpOptions(false, false, false, OptionalInt.empty(),
            Duration.ofMinutes(2));

    public UpOptions {
        services = Set.copyOf(services);
        targets = Set.copyOf(targets);
        scale = Map.copyOf(scale);
        pull = pull == null ? "" : pull;
    }

    /** Anonymous volumes inherited by recreated containers. */
    public UpOptions(boolean forceRecreate, boolean noRecreate, boolean removeOrphans, OptionalInt stopTimeout,
            Duration dependencyTimeout, Set<String> services, Set<String> targets, Map<String, Integer> scale,
            boolean noStart, boolean alwaysRecreateDeps, String pull, boolean quietPull) {
        this(forceRecreate, noRecreate, removeOrphans, stopTimeout, dependencyTimeout, services, targets, scale,
                noStart, alwaysRecreateDeps, pull, quietPull, false);
    }

    /** All services, no scale, started, images pulled when missing. */
    public UpOptions(boolean forceRecreate, boolean noRecreate, boolean removeOrphans, OptionalInt stopTimeout,
            Duration dependencyTimeout) {
        this(forceRecreate, noRecreate, removeOrphans, stopTimeout, dependencyTimeout, Set.of(), Set.of(), Map.of(),
                false, false, "", false);
    }

    public boolean inScope(String service) {
        return services.isEmpty() || services.contains(service);
    }

    /** {@code --scale}, else {@code deploy.replicas}, else {@code scale}, else 1. */
    public int replicas(Service service) {
        return scale.getOrDefault(service.name(), service.replicas());
    }

    /**
     * Whether {@code service}'s containers are recreated even when up to date: {@code --force-recreate} for the
     * services named (all when none are), {@code --always-recreate-deps} for those there only as dependencies.
     */
    public boolean forceRecreate(String service) {
        return targets.isEmpty() || targets.contains(service) ? forceRecreate : alwaysRecreateDeps;
    }

    /** {@code always}, {@code missing} or {@code never}: {@code --pull}, else the service's own policy. */
    public String pullPolicy(Service service) {
        String policy = !pull.isEmpty() ? pull : service.pullPolicy() == null ? "missing" : service.pullPolicy();
        return switch (policy) {
            case "always", "never" -> policy;
            default -> "missing";
        };
    }
}
