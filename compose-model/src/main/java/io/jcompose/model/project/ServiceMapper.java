package io.jcompose.model.project;

/** Maps one normalised service and its nested sections to records. */
final class ServiceMapper {

    private ServiceMapper() {
    }

    static Service toService(String name, Fields f) {
        return new Service(name, f.str("image"), build(f.sub("build")), f.strings("command"),
                f.strings("entrypoint"), f.stringMap("environment"), f.list("ports", (p, n) -> port(p)),
                f.strings("expose"), f.list("volumes", (m, n) -> mount(m)),
                f.map("networks", (n, raw) -> network(n)), f.str("network_mode"),
                f.map("depends_on", (d, n) -> new Dependency(d.str("condition") == null ? "service_started"
                        : d.str("condition"), !d.has("required") || d.bool("required"), d.bool("restart"))),
                healthcheck(f.sub("healthcheck")), f.str("restart"), deploy(f.sub("deploy")),
                f.stringMap("labels"), f.stringMap("annotations"), f.str("container_name"), f.str("hostname"),
                f.str("domainname"), f.str("user"), f.str("working_dir"), f.bool("tty"), f.bool("stdin_open"),
                f.bool("read_only"), f.bool("privileged"), f.boolOrNull("init"), f.strings("cap_add"),
                f.strings("cap_drop"), f.strings("dns"), f.strings("dns_search"), f.strings("dns_opt"),
                f.strings("extra_hosts"), f.stringMap("sysctls"), f.map("ulimits", (u, n) -> ulimit(u, n)),
                f.strings("tmpfs"), f.bytes("shm_size"), f.str("stop_signal"), f.duration("stop_grace_period"),
                f.strings("profiles"), f.str("pull_policy"), f.str("platform"), logging(f.sub("logging")),
                f.strings("security_opt"), f.list("devices", (d, n) -> new Device(d.str("source"),
                        d.str("target"), d.str("permissions"))),
                f.strings("group_add"), f.str("pid"), f.str("ipc"), f.bytes("mem_limit"),
                f.bytes("mem_reservation"), f.bytes("memswap_limit"), f.doubleOrNull("cpus"),
                f.longOrNull("pids_limit"), f.list("secrets", (s, n) -> fileReference(s)),
                f.list("configs", (s, n) -> fileReference(s)), f.strings("links"), f.strings("volumes_from"),
                f.intOrNull("scale"), f.str("runtime"), f.str("mac_address"));
    }

    private static Build build(Fields b) {
        if (b == null) {
            return null;
        }
        return new Build(b.str("context"), b.str("dockerfile"), b.str("dockerfile_inline"), b.stringMap("args"),
                b.str("target"), b.stringMap("labels"), b.strings("tags"), b.strings("cache_from"),
                b.strings("cache_to"), b.str("network"), b.strings("platforms"), b.bool("no_cache"),
                b.bool("pull"), b.bytes("shm_size"), b.strings("extra_hosts"), b.stringMap("additional_contexts"));
    }

    private static Port port(Fields p) {
        return new Port(p.str("name"), p.str("mode"), p.str("host_ip"), p.intOrNull("target") == null ? 0 : p.intOrNull("target"),
                p.str("published"), p.str("protocol"), p.str("app_protocol"));
    }

    private static Mount mount(Fields m) {
        Fields bind = m.sub("bind");
        Fields volume = m.sub("volume");
        Fields tmpfs = m.sub("tmpfs");
        return new Mount(m.str("type"), m.str("source"), m.str("target"), m.bool("read_only"),
                bind == null ? null : new Mount.Bind(bind.str("propagation"), bind.bool("create_host_path"),
                        bind.str("selinux")),
                volume == null ? null : new Mount.VolumeOptions(volume.bool("nocopy"), volume.str("subpath")),
                tmpfs == null ? null : new Mount.Tmpfs(tmpfs.bytes("size"), tmpfs.has("mode")
                        ? Integer.parseInt(tmpfs.str("mode"), tmpfs.str("mode").startsWith("0") ? 8 : 10) : 0));
    }

    private static ServiceNetwork network(Fields n) {
        if (n.node().size() == 0) {
            return ServiceNetwork.DEFAULTS;
        }
        Integer priority = n.intOrNull("priority");
        Integer gw = n.intOrNull("gw_priority");
        return new ServiceNetwork(n.strings("aliases"), n.str("ipv4_address"), n.str("ipv6_address"),
                priority == null ? 0 : priority, gw == null ? 0 : gw, n.str("mac_address"), n.str("interface_name"));
    }

    private static Healthcheck healthcheck(Fields h) {
        if (h == null) {
            return null;
        }
        return new Healthcheck(h.strings("test"), h.duration("interval"), h.duration("timeout"),
                h.longOrNull("retries"), h.duration("start_period"), h.duration("start_interval"),
                h.bool("disable"));
    }

    private static Deploy deploy(Fields d) {
        if (d == null) {
            return null;
        }
        Fields resources = d.sub("resources");
        Fields policy = d.sub("restart_policy");
        return new Deploy(d.str("mode"), d.intOrNull("replicas"), d.stringMap("labels"),
                resources == null ? null : new Deploy.Resources(values(resources.sub("limits")),
                        values(resources.sub("reservations"))),
                policy == null ? null : new Deploy.RestartPolicy(policy.str("condition"), policy.duration("delay"),
                        policy.longOrNull("max_attempts"), policy.duration("window")));
    }

    private static Deploy.ResourceValues values(Fields v) {
        return v == null ? null : new Deploy.ResourceValues(v.doubleOrNull("cpus"), v.bytes("memory"),
                v.longOrNull("pids"));
    }

    private static Ulimit ulimit(Fields u, io.jcompose.model.tree.Node raw) {
        if (raw instanceof io.jcompose.model.tree.ScalarNode s && !s.isNull()) {
            return new Ulimit(Long.valueOf(s.asText()), null, null);
        }
        return new Ulimit(null, u.longOrNull("soft"), u.longOrNull("hard"));
    }

    private static Logging logging(Fields l) {
        return l == null ? null : new Logging(l.str("driver"), l.stringMap("options"));
    }

    private static FileReference fileReference(Fields s) {
        String mode = s.str("mode");
        return new FileReference(s.str("source"), s.str("target"), s.str("uid"), s.str("gid"),
                mode == null ? null : Integer.parseInt(mode, 8));
    }
}
