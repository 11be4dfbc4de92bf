package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.StoredConfig;
import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerConfigJson.HealthcheckJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreateJson.NetworkingConfigJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.HostConfigJson.PortBindingJson;
import io.jcompose.engine.api.json.HostConfigJson.RestartPolicyJson;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.model.project.Healthcheck;
import io.jcompose.model.project.Port;
import io.jcompose.model.project.Service;
import io.jcompose.model.project.ServiceNetwork;
import io.jcompose.model.project.Volume;
import io.jcompose.model.value.ComposeDuration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of {@code POST /containers/create} for one replica of a service, filled as docker compose v2 fills it:
 * the compose labels, the service's settings, every network as an endpoint with the service and container names
 * as aliases.
 */
public final class ContainerBodies {

    private final Desired desired;
    private final String version;

    public ContainerBodies(Desired desired, String version) {
        this.desired = desired;
        this.version = version;
    }

    /** The {@code com.docker.compose.version} label's value. */
    public String version() {
        return version;
    }

    public ContainerCreateJson body(String serviceName, int number) {
        return body(serviceName, number, List.of());
    }

    /**
     * The body of a replica that replaces a container whose {@code Mounts} were {@code inherited}: its anonymous
     * volumes are mounted again by name where the new config does not mount something else (docker compose's
     * recreate; {@code up -V} passes none).
     */
    public ContainerCreateJson body(String serviceName, int number, List<MountPointJson> inherited) {
        Service s = desired.project().service(serviceName);
        return build(s, desired.containerName(serviceName, number), labels(s, number), null, inherited);
    }

    /**
     * The body of a {@code run} one-off: the service's settings with {@code run}'s overrides, labelled
     * {@code com.docker.compose.oneoff=True} (and {@code slug}), no restart policy, no published ports unless
     * {@code --service-ports} or {@code -p}, and the container's name as its only network alias unless
     * {@code --use-aliases}.
     */
    public ContainerCreateJson oneOff(String serviceName, OneOff run) {
        Service s = desired.project().service(serviceName);
        Map<String, String> labels = labels(s, 1);
        labels.putAll(run.labels());
        labels.put(Labels.ONEOFF, "True");
        labels.put(Labels.SLUG, run.slug());
        return build(s, run.name(), labels, run, List.of());
    }

    private ContainerCreateJson build(Service s, String name, Map<String, String> labels, OneOff run,
            List<MountPointJson> inherited) {
        Map<String, Object> exposed = new TreeMap<>();
        Map<String, List<PortBindingJson>> bindings = new TreeMap<>();
        for (Port p : run == null || run.servicePorts() ? s.ports() : List.<Port>of()) {
            String key = p.target() + "/" + (p.protocol() == null || p.protocol().isEmpty() ? "tcp" : p.protocol());
            exposed.put(key, Map.of());
            bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new PortBindingJson(
                    emptyToNull(p.hostIp()), p.published() == null ? "" : p.published()));
        }
        if (run != null) {
            run.publish().forEach((key, list) -> {
                exposed.put(key, Map.of());
                bindings.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list);
            });
        }
        for (String e : s.expose()) {
            exposed.put(e.contains("/") ? e : e + "/tcp", Map.of());
        }
        boolean tty = run == null ? s.tty() : run.tty();
        boolean stdin = run == null ? s.stdinOpen() : run.interactive();
        ContainerConfigJson config = new ContainerConfigJson(emptyToNull(s.hostname()), emptyToNull(s.domainname()),
                emptyToNull(run == null || run.user() == null ? s.user() : run.user()), run != null && stdin, true,
                true, nullIfEmpty(exposed), tty, stdin, run != null && stdin, environment(s, run),
                run == null || run.command() == null ? s.command() : run.command(), health(s.healthcheck()),
                desired.image(s.name()), null, emptyToNull(run == null || run.workingDir() == null ? s.workingDir()
                        : run.workingDir()), run == null || run.entrypoint() == null ? s.entrypoint()
                        : run.entrypoint(), null, null, labels, emptyToNull(s.stopSignal()),
                s.stopGracePeriod() == null ? null : (int) (s.stopGracePeriod().nanos() / 1_000_000_000L), null);
        List<String> order = networkOrder(s);
        String mode = networkMode(s, order);
        Map<String, Volume> volumes = desired.project().volumes();
        List<String> binds = new ArrayList<>(Mounts.binds(s, volumes));
        if (run != null) {
            binds.addAll(run.binds());
        }
        List<MountJson> mounts = new ArrayList<>(InheritedVolumes.merge(Mounts.mounts(s, volumes), binds,
                tmpfs(s.tmpfs()), inherited, Mounts.engineNames(volumes)));
        mounts.addAll(FileMounts.of(s, desired.project(), binds, mounts));
        HostConfigJson host = new HostConfigJson(nullIfEmpty(binds), null, mode,
                nullIfEmpty(bindings), run == null ? restart(s.restart()) : null,
                run != null && run.autoRemove() ? Boolean.TRUE : null, null, nullIfEmpty(mounts),
                nullIfEmpty(s.capAdd()),
                nullIfEmpty(s.capDrop()), null, nullIfEmpty(s.dns()), nullIfEmpty(s.dnsOpt()),
                nullIfEmpty(s.dnsSearch()), nullIfEmpty(s.extraHosts().stream().map(h -> h.replaceFirst("=", ":"))
                        .toList()), nullIfEmpty(s.groupAdd()), emptyToNull(s.ipc()), null, null, emptyToNull(s.pid()),
                s.privileged(), null, s.readOnly(), nullIfEmpty(s.securityOpt()), nullIfEmpty(tmpfs(s.tmpfs())), null,
                s.shmSize() == null ? null : s.shmSize().bytes(), nullIfEmpty(s.sysctls()),
                emptyToNull(s.runtime()), null, s.memLimit() == null ? null : s.memLimit().bytes(), null, null, null,
                null, null, null, s.memReservation() == null ? null : s.memReservation().bytes(),
                s.memswapLimit() == null ? null : s.memswapLimit().bytes(), null,
                s.cpus() == null ? null : (long) (s.cpus() * 1e9), null, s.init(), s.pidsLimit(), null);
        boolean aliases = run == null || run.useAliases();
        return new ContainerCreateJson(config, host, order.isEmpty() ? null : endpoints(s, name, order, aliases));
    }

    private TreeMap<String, String> labels(Service s, int number) {
        TreeMap<String, String> labels = new TreeMap<>(s.labels());
        labels.put(Labels.PROJECT, desired.name());
        labels.put(Labels.SERVICE, s.name());
        labels.put(Labels.NUMBER, Integer.toString(number));
        labels.put(Labels.ONEOFF, "False");
        labels.put(Labels.CONFIG_HASH, desired.hashes().getOrDefault(s.name(), ""));
        StoredConfig stored = desired.configs().get(s.name());
        if (stored != null) {
            labels.put(Labels.CONFIG, stored.label());
        }
        labels.put(Labels.WORKING_DIR, desired.workingDirectory().toString());
        labels.put(Labels.CONFIG_FILES, String.join(",", desired.configFiles()));
        labels.put(Labels.VERSION, version);
        return labels;
    }

    /** The service's networks, highest priority first, then by name; none with a {@code network_mode}. */
    static List<String> networkOrder(Service s) {
        if (s.networkMode() != null && !s.networkMode().isEmpty()) {
            return List.of();
        }
        return s.networks().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, ServiceNetwork>>comparingInt(e -> -priority(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    private static int priority(ServiceNetwork n) {
        return n == null ? 0 : n.priority();
    }

    private String networkMode(Service s, List<String> order) {
        String mode = s.networkMode();
        if (mode != null && !mode.isEmpty()) {
            String shared = s.networkModeService();
            return shared == null ? mode : "container:" + desired.containerName(shared, 1);
        }
        return order.isEmpty() ? null : engineNetwork(order.getFirst());
    }

    private NetworkingConfigJson endpoints(Service s, String containerName, List<String> order,
            boolean serviceAliases) {
        Map<String, EndpointSettingsJson> endpoints = new LinkedHashMap<>();
        for (String key : order) {
            ServiceNetwork n = s.networks().get(key);
            List<String> aliases = new ArrayList<>(serviceAliases ? List.of(s.name(), containerName)
                    : List.of(containerName));
            if (n != null && serviceAliases) {
                n.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            }
            EndpointSettingsJson.IpamConfig ipam = n == null || (n.ipv4Address() == null && n.ipv6Address() == null)
                    ? null : new EndpointSettingsJson.IpamConfig(n.ipv4Address(), n.ipv6Address());
            endpoints.put(engineNetwork(key), new EndpointSettingsJson(ipam, null, aliases,
                    n == null ? null : n.macAddress(), null, null, null, null, null, null, null, null, null, null));
        }
        return new NetworkingConfigJson(endpoints);
    }

    private String engineNetwork(String key) {
        var network = desired.project().networks().get(key);
        return network == null ? key : network.name();
    }

    private static List<String> environment(Service s, OneOff run) {
        List<String> env = new ArrayList<>();
        Map<String, String> all = new TreeMap<>();
        s.environment().forEach(all::put);
        if (run != null) {
            run.environment().forEach((k, v) -> {
                if (v == null) {
                    all.remove(k);
                } else {
                    all.put(k, v);
                }
            });
        }
        all.forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        return env.isEmpty() ? null : env;
    }

    private static HealthcheckJson health(Healthcheck h) {
        if (h == null) {
            return null;
        }
        if (h.disable()) {
            return new HealthcheckJson(List.of("NONE"), null, null, null, null, null);
        }
        return new HealthcheckJson(h.test().isEmpty() ? null : h.test(), nanos(h.interval()), nanos(h.timeout()),
                h.retries() == null ? null : h.retries().intValue(), nanos(h.startPeriod()),
                nanos(h.startInterval()));
    }

    private static Long nanos(ComposeDuration d) {
        return d == null ? null : d.nanos();
    }

    /** {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}. */
    static RestartPolicyJson restart(String restart) {
        if (restart == null || restart.isEmpty()) {
            return null;
        }
        int colon = restart.indexOf(':');
        if (colon < 0) {
            return new RestartPolicyJson(restart, null);
        }
        return new RestartPolicyJson(restart.substring(0, colon), Integer.parseInt(restart.substring(colon + 1)));
    }

    private static Map<String, String> tmpfs(List<String> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : entries) {
            int colon = t.indexOf(':');
            out.put(colon < 0 ? t : t.substring(0, colon), colon < 0 ? "" : t.substring(colon + 1));
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map == null || map.isEmpty() ? null : map;
    }
}
