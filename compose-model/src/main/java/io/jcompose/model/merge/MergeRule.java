package io.jcompose.model.merge;

/** How the values found at one path of two documents combine. */
enum MergeRule {
    /** Mappings merge key by key, sequences append, a null override keeps the base, other values replace. */
    GENERIC,
    /** The override replaces the base whole (command, entrypoint, healthcheck.test, each ulimits entry). */
    REPLACE,
    /** {@code K=V} lists and mappings merge by key into a mapping (environment, labels, extra_hosts...). */
    BY_KEY,
    /** Sequences (or a single string) append, equal values kept once. */
    UNION,
    /** Ports append, duplicates (compared in normalised short/long form) kept once. */
    PORTS,
    /** Service volumes merge by their mount path in the container. */
    VOLUMES,
    /** Service secrets merge by their mount path (default {@code /run/secrets/NAME}). */
    SECRETS,
    /** Service configs merge by their mount path (default {@code /NAME}). */
    CONFIGS,
    /** env_file entries append, merged by path. */
    ENV_FILES,
    /** Devices append, merged by host path, container path and permissions. */
    DEVICES,
    /** depends_on: the list form becomes a mapping with the default condition, then mappings merge. */
    DEPENDS_ON,
    /** A list of names becomes a mapping of names to null, then mappings merge (service networks, models). */
    NAME_MAP,
    /** build: the string form is the context; then mappings merge. */
    BUILD,
    /** logging: a change of driver drops the base's options. */
    LOGGING,
    /** ipam.config: entries merge by subnet. */
    BY_SUBNET
}
