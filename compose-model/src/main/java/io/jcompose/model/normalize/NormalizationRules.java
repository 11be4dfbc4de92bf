package io.jcompose.model.normalize;

/** The registry of every normalisation rule and the paths it applies to, in the order they run on a node. */
final class NormalizationRules {

    private NormalizationRules() {
    }

    static RuleRegistry standard() {
        RuleRegistry r = new RuleRegistry();
        r.register(new PortsRule(), "services.*.ports");
        r.register(new ExposeRule(), "services.*.expose");
        r.register(new VolumeMountRule(), "services.*.volumes.*");
        r.register(new KeyValueRule(), "services.*.labels", "services.*.annotations", "services.*.sysctls",
                "services.*.build.labels", "services.*.deploy.labels", "services.*.logging.options",
                "services.*.storage_opt", "services.*.build.additional_contexts",
                "services.*.networks.*.driver_opts", "services.*.volumes.*.volume.labels",
                "networks.*.labels", "networks.*.driver_opts", "volumes.*.labels", "volumes.*.driver_opts",
                "secrets.*.labels", "configs.*.labels");
        r.register(new EnvironmentRule(true), "services.*.environment");
        r.register(new EnvironmentRule(false), "services.*.build.args");
        r.register(new BuildRule(), "services.*.build");
        r.register(new ExtraHostsRule(), "services.*.extra_hosts", "services.*.build.extra_hosts");
        r.register(new DependsOnRule(), "services.*.depends_on");
        r.register(new ShellCommandRule(), "services.*.command", "services.*.entrypoint");
        r.register(new HealthcheckTestRule(), "services.*.healthcheck.test");
        r.register(new DurationRule(), "services.*.stop_grace_period", "services.*.healthcheck.timeout",
                "services.*.healthcheck.interval", "services.*.healthcheck.start_period",
                "services.*.healthcheck.start_interval", "services.*.deploy.restart_policy.delay",
                "services.*.deploy.restart_policy.window", "services.*.deploy.update_config.delay",
                "services.*.deploy.update_config.monitor", "services.*.deploy.rollback_config.delay",
                "services.*.deploy.rollback_config.monitor");
        r.register(new ByteSizeRule(), "services.*.mem_limit", "services.*.mem_reservation",
                "services.*.memswap_limit", "services.*.mem_swappiness", "services.*.shm_size",
                "services.*.build.shm_size", "services.*.deploy.resources.limits.memory",
                "services.*.deploy.resources.reservations.memory", "services.*.volumes.*.tmpfs.size");
        r.register(new CpusRule(), "services.*.cpus", "services.*.deploy.resources.limits.cpus",
                "services.*.deploy.resources.reservations.cpus");
        r.register(new FileMountRule(true), "services.*.secrets.*");
        r.register(new FileMountRule(false), "services.*.configs.*");
        r.register(new StringListRule(), "services.*.dns", "services.*.dns_search", "services.*.tmpfs",
                "services.*.label_file");
        r.register(new ServiceNetworksRule(), "services.*.networks");
        r.register(new DeviceRule(), "services.*.devices.*");
        r.register(new PullPolicyRule(), "services.*.pull_policy");
        r.register(new EnvFileRule(), "services.*");
        r.register(new ImplicitDependsOnRule(), "services.*");
        r.register(new ScaleRule(), "services.*");
        r.register(new DefaultServiceNetworkRule(), "services.*");
        r.register(new ExternalResourceRule(), "networks.*", "volumes.*", "secrets.*", "configs.*");
        return r;
    }
}
