package io.jcompose.model.merge;

import io.jcompose.model.tree.TreePath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merge rule for each path of a Compose document, as compose-go's override package defines them.
 *
 * <p>Associativity ({@code merge(merge(a,b),c) == merge(a,merge(b,c))}): GENERIC, REPLACE, BY_KEY, UNION, PORTS,
 * VOLUMES, SECRETS, CONFIGS, ENV_FILES, DEVICES (append then keep the last of equal keys at the first one's place),
 * DEPENDS_ON, NAME_MAP, BUILD and BY_SUBNET are associative, and so are {@code !reset} and {@code !override}
 * (they stay as markers until {@link Merger#finish}), as long as the documents agree on the kind of value at each
 * path (a mapping replaced by a scalar and then merged with a mapping again depends on the grouping). LOGGING is not: with a = {driver: x, options: o1},
 * b = {options: o2}, c = {driver: y}, the left fold drops o2 while the right fold keeps it. Conversions of a short
 * form (a list of depends_on names, a build string, K=V lists) happen only where two documents meet, so a value
 * set by one document only keeps its form.
 */
final class MergeRules {

    private static final Map<String, MergeRule> RULES = new LinkedHashMap<>();

    static {
        put(MergeRule.REPLACE, "services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
                "services.*.build.entrypoint", "services.*.ulimits.*", "services.*.build.ulimits.*");
        put(MergeRule.BY_KEY, "services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.extra_hosts", "services.*.sysctls", "services.*.build.args", "services.*.build.labels",
                "services.*.build.extra_hosts", "services.*.build.additional_contexts", "services.*.deploy.labels",
                "services.*.volumes.*.volume.labels", "networks.*.labels", "volumes.*.labels", "secrets.*.labels",
                "configs.*.labels", "networks.*.driver_opts", "volumes.*.driver_opts",
                "services.*.logging.options", "services.*.storage_opt");
        put(MergeRule.UNION, "services.*.dns", "services.*.dns_opt", "services.*.dns_search", "services.*.tmpfs",
                "services.*.cap_add", "services.*.cap_drop", "services.*.expose", "services.*.profiles",
                "services.*.security_opt", "services.*.group_add", "services.*.label_file", "services.*.links",
                "services.*.external_links", "services.*.volumes_from", "services.*.build.tags",
                "services.*.build.platforms", "services.*.build.cache_from", "services.*.build.cache_to",
                "services.*.networks.*.aliases", "services.*.networks.*.link_local_ips");
        put(MergeRule.PORTS, "services.*.ports");
        put(MergeRule.VOLUMES, "services.*.volumes");
        put(MergeRule.SECRETS, "services.*.secrets", "services.*.build.secrets");
        put(MergeRule.CONFIGS, "services.*.configs");
        put(MergeRule.ENV_FILES, "services.*.env_file");
        put(MergeRule.DEVICES, "services.*.devices");
        put(MergeRule.DEPENDS_ON, "services.*.depends_on");
        put(MergeRule.NAME_MAP, "services.*.networks", "services.*.models");
        put(MergeRule.BUILD, "services.*.build");
        put(MergeRule.LOGGING, "services.*.logging");
        put(MergeRule.BY_SUBNET, "networks.*.ipam.config");
    }

    private MergeRules() {
    }

    private static void put(MergeRule rule, String... patterns) {
        for (String p : patterns) {
            RULES.put(p, rule);
        }
    }

    static MergeRule ruleFor(TreePath path) {
        if (path.depth() < 2) {
            return MergeRule.GENERIC;
        }
        for (Map.Entry<String, MergeRule> e : RULES.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return MergeRule.GENERIC;
    }
}
