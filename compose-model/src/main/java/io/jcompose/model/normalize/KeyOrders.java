package io.jcompose.model.normalize;

import io.jcompose.model.tree.TreePath;
import java.util.List;
import java.util.Map;

/** The key orders of compose-go's types (their yaml/json field order) and the paths that hold plain maps. */
final class KeyOrders {

    private KeyOrders() {
    }

    private static final List<String> RESOURCE = List.of("limits", "reservations");
    private static final List<String> RESOURCE_VALUES = List.of("cpus", "memory", "pids", "devices",
            "generic_resources");
    private static final List<String> UPDATE = List.of("parallelism", "delay", "failure_action", "monitor",
            "max_failure_ratio", "order");
    private static final List<String> FILE_REF = List.of("source", "target", "uid", "gid", "mode");
    private static final List<String> FILE_OBJECT = List.of("name", "file", "environment", "content", "external",
            "labels", "driver", "driver_opts", "template_driver");

    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("", List.of("name", "services", "networks", "volumes", "secrets", "configs")),
            Map.entry("services.*", List.of("name", "profiles", "annotations", "attach", "build", "develop",
                    "blkio_config", "cap_add", "cap_drop", "cgroup_parent", "cgroup", "cpu_count", "cpu_percent",
                    "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpus", "cpuset", "cpu_shares",
                    "command", "configs", "container_name", "credential_spec", "depends_on", "deploy",
                    "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "dockerfile", "domainname",
                    "entrypoint", "provider", "environment", "env_file", "expose", "extends", "external_links",
                    "extra_hosts", "group_add", "gpus", "hostname", "healthcheck", "image", "init", "ipc",
                    "isolation", "labels", "label_file", "links", "logging", "log_driver", "log_opt", "mem_limit",
                    "mem_reservation", "memswap_limit", "mem_swappiness", "mac_address", "models", "net",
                    "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
                    "platform", "ports", "privileged", "pull_policy", "read_only", "restart", "runtime", "scale",
                    "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal",
                    "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode",
                    "uts", "volume_driver", "volumes", "volumes_from", "working_dir", "pre_start", "post_start",
                    "pre_stop")),
            Map.entry("services.*.build", List.of("context", "dockerfile", "dockerfile_inline", "entitlements",
                    "args", "provenance", "sbom", "ssh", "labels", "cache_from", "cache_to", "no_cache",
                    "no_cache_filter", "additional_contexts", "pull", "extra_hosts", "isolation", "network",
                    "target", "secrets", "shm_size", "tags", "ulimits", "platforms", "privileged")),
            Map.entry("services.*.ports.*", List.of("name", "mode", "host_ip", "target", "published", "protocol",
                    "app_protocol")),
            Map.entry("services.*.volumes.*", List.of("type", "source", "target", "read_only", "consistency",
                    "bind", "volume", "tmpfs", "image")),
            Map.entry("services.*.volumes.*.bind", List.of("selinux", "propagation", "create_host_path",
                    "recursive")),
            Map.entry("services.*.volumes.*.volume", List.of("labels", "nocopy", "subpath")),
            Map.entry("services.*.volumes.*.tmpfs", List.of("size", "mode")),
            Map.entry("services.*.healthcheck", List.of("test", "timeout", "interval", "retries", "start_period",
                    "start_interval", "disable")),
            Map.entry("services.*.deploy", List.of("mode", "replicas", "labels", "update_config",
                    "rollback_config", "resources", "restart_policy", "placement", "endpoint_mode")),
            Map.entry("services.*.deploy.resources", RESOURCE),
            Map.entry("services.*.deploy.resources.limits", RESOURCE_VALUES),
            Map.entry("services.*.deploy.resources.reservations", RESOURCE_VALUES),
            Map.entry("services.*.deploy.restart_policy", List.of("condition", "delay", "max_attempts", "window")),
            Map.entry("services.*.deploy.update_config", UPDATE),
            Map.entry("services.*.deploy.rollback_config", UPDATE),
            Map.entry("services.*.deploy.placement", List.of("constraints", "preferences",
                    "max_replicas_per_node")),
            Map.entry("services.*.depends_on.*", List.of("condition", "restart", "required")),
            Map.entry("services.*.networks.*", List.of("aliases", "driver_opts", "gw_priority", "interface_name",
                    "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "priority")),
            Map.entry("services.*.ulimits.*", List.of("soft", "hard")),
            Map.entry("services.*.secrets.*", FILE_REF),
            Map.entry("services.*.configs.*", FILE_REF),
            Map.entry("services.*.devices.*", List.of("source", "target", "permissions")),
            Map.entry("services.*.logging", List.of("driver", "options")),
            Map.entry("networks.*", List.of("name", "driver", "driver_opts", "ipam", "external", "internal",
                    "attachable", "labels", "enable_ipv4", "enable_ipv6")),
            Map.entry("volumes.*", List.of("name", "driver", "driver_opts", "external", "labels")),
            Map.entry("secrets.*", FILE_OBJECT),
            Map.entry("configs.*", FILE_OBJECT));

    private static final List<String> SORTED = List.of("services", "networks", "volumes", "secrets", "configs",
            "services.*.annotations", "services.*.build.args", "services.*.build.labels",
            "services.*.build.additional_contexts", "services.*.depends_on", "services.*.deploy.labels",
            "services.*.environment", "services.*.labels", "services.*.logging.options", "services.*.log_opt",
            "services.*.networks", "services.*.networks.*.driver_opts", "services.*.storage_opt",
            "services.*.sysctls", "services.*.ulimits", "services.*.volumes.*.volume.labels",
            "networks.*.driver_opts", "networks.*.labels", "networks.*.ipam.options", "volumes.*.driver_opts",
            "volumes.*.labels", "secrets.*.labels", "secrets.*.driver_opts", "configs.*.labels",
            "configs.*.driver_opts", "services.*.build.ulimits");

    static boolean isSortedMap(TreePath path) {
        for (String p : SORTED) {
            if (path.matches(p)) {
                return true;
            }
        }
        return false;
    }

    /** The field order of the object at {@code path}, or null to keep the input order. */
    static List<String> fieldsOf(TreePath path) {
        if (path.isRoot()) {
            return FIELDS.get("");
        }
        for (Map.Entry<String, List<String>> e : FIELDS.entrySet()) {
            if (!e.getKey().isEmpty() && path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
