package io.jcompose.model.interpolation;

import io.jcompose.model.tree.TreePath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields whose string values are cast after interpolation because the compose-spec wants a number or a
 * boolean there (after compose-go's type cast mapping); {@code ports.*.published}, sizes and durations stay
 * strings.
 */
final class TypeCastMapping {

    private static final Map<String, TypeCast> CASTS = new LinkedHashMap<>();

    static {
        for (String field : new String[] {"cpu_count", "cpu_period", "cpu_quota", "cpu_rt_period",
                "cpu_rt_runtime", "cpu_shares", "oom_score_adj", "pids_limit", "mem_swappiness", "scale",
                "deploy.replicas", "deploy.update_config.parallelism", "deploy.rollback_config.parallelism",
                "deploy.restart_policy.max_attempts", "deploy.placement.max_replicas_per_node",
                "deploy.resources.limits.pids", "healthcheck.retries", "ports.*.target", "ulimits.*",
                "ulimits.*.soft", "ulimits.*.hard", "blkio_config.weight", "blkio_config.weight_device.*.weight",
                "networks.*.priority"}) {
            CASTS.put("services.*." + field, TypeCast.INTEGER);
        }
        for (String field : new String[] {"cpus", "cpu_percent", "deploy.update_config.max_failure_ratio",
                "deploy.rollback_config.max_failure_ratio", "deploy.resources.limits.cpus",
                "deploy.resources.reservations.cpus"}) {
            CASTS.put("services.*." + field, TypeCast.NUMBER);
        }
        for (String field : new String[] {"init", "privileged", "read_only", "stdin_open", "tty",
                "oom_kill_disable", "attach", "depends_on.*.required", "depends_on.*.restart", "healthcheck.disable",
                "volumes.*.read_only", "volumes.*.volume.nocopy", "volumes.*.bind.create_host_path",
                "build.no_cache", "build.pull", "build.privileged"}) {
            CASTS.put("services.*." + field, TypeCast.BOOLEAN);
        }
        for (String field : new String[] {"networks.*.external", "networks.*.internal", "networks.*.attachable",
                "networks.*.enable_ipv6", "networks.*.enable_ipv4", "volumes.*.external", "secrets.*.external",
                "configs.*.external"}) {
            CASTS.put(field, TypeCast.BOOLEAN);
        }
    }

    private record Compiled(TreePath.Pattern pattern, TypeCast cast) {
    }

    private static final java.util.List<Compiled> COMPILED = CASTS.entrySet().stream()
            .map(e -> new Compiled(TreePath.compile(e.getKey()), e.getValue())).toList();

    private TypeCastMapping() {
    }

    static Optional<TypeCast> forPath(TreePath path) {
        if (path.depth() < 3) {
            return Optional.empty();
        }
        for (Compiled c : COMPILED) {
            if (c.pattern().depth() == path.depth() && path.matches(c.pattern())) {
                return Optional.of(c.cast());
            }
        }
        return Optional.empty();
    }
}
