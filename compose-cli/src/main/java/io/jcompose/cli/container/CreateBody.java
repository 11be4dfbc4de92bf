package io.jcompose.cli.container;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerConfigJson.HealthcheckJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreateJson.NetworkingConfigJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.HostConfigJson.PortBindingJson;
import io.jcompose.engine.api.json.MountJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the create/run flags into the body of {@code POST /containers/create} as the docker CLI fills it; a flag
 * that is not given is left out, so the engine and the image decide. A bad value throws IllegalArgumentException
 * naming the flag.
 */
final class CreateBody {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    /** Which command creates: {@code run} without {@code -d} attaches to the output, {@code run -d} does not. */
    enum Mode { CREATE, RUN, RUN_DETACHED }

    private CreateBody() {
    }

    static ContainerCreateJson of(CreateOptions o, Mode mode, Map<String, String> environment, Path cwd) {
        Map<String, Object> exposed = new TreeMap<>();
        Map<String, List<PortBindingJson>> bindings = new TreeMap<>();
        for (String p : o.publish) {
            for (PortPublish.Binding b : flag("--publish", p, PortPublish::of).bindings()) {
                exposed.put(b.containerPort(), Map.of());
                bindings.computeIfAbsent(b.containerPort(), k -> new ArrayList<>())
                        .add(new PortBindingJson(b.hostIp(), b.hostPort()));
            }
        }
        for (String e : o.expose) {
            flag("--expose", e, PortPublish::of).bindings().forEach(b -> exposed.put(b.containerPort(), Map.of()));
        }
        List<String> binds = new ArrayList<>();
        Map<String, Object> volumes = new TreeMap<>();
        for (String v : o.volumes) {
            if (v.indexOf(':') > 0) {
                binds.add(v);
            } else {
                volumes.put(v, Map.of());
            }
        }
        boolean attach = mode != Mode.RUN_DETACHED;
        ContainerConfigJson config = new ContainerConfigJson(o.hostname, null, o.user,
                attach && o.interactive ? true : null, attach ? true : null, attach ? true : null,
                orNullMap(exposed), o.tty ? true : null, o.interactive ? true : null,
                mode == Mode.RUN && o.interactive ? true : null,
                orNull(EnvVariables.of(o.envFiles, o.env, environment, cwd)), orNull(o.command), health(o), o.image,
                orNullMap(volumes), o.workdir, o.entrypoint == null ? null : List.of(o.entrypoint), null, null,
                orNullMap(KeyValues.labels(o.labels)), o.stopSignal, o.stopTimeout, null);
        NetworkingConfigJson networking = networking(o);
        return new ContainerCreateJson(config, hostConfig(o, mode, binds, bindings, networking != null), networking);
    }

    /**
     * {@code --network-alias} and {@code --ip} as the endpoint settings of the first network ({@code default}
     * without {@code --network}), as docker sends them; none without those flags.
     */
    private static NetworkingConfigJson networking(CreateOptions o) {
        if (o.networkAliases.isEmpty() && (o.ip == null || o.ip.isEmpty())) {
            return null;
        }
        String network = o.network == null || o.network.isEmpty() ? "default" : o.network;
        boolean userDefined = !List.of("default", "bridge", "host", "none").contains(network)
                && !network.startsWith("container:");
        if (!o.networkAliases.isEmpty() && !userDefined) {
            throw new IllegalArgumentException("network-scoped aliases are only supported for user-defined networks");
        }
        EndpointSettingsJson.IpamConfig ipam = o.ip == null || o.ip.isEmpty() ? null
                : new EndpointSettingsJson.IpamConfig(ipv4(o.ip), null);
        return new NetworkingConfigJson(Map.of(network, new EndpointSettingsJson(ipam, null,
                orNull(o.networkAliases), null, null, null, null, null, null, null, null, null, null, null)));
    }

    private static String ipv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            throw new IllegalArgumentException("--ip: \"" + text + "\" is not an IPv4 address");
        }
        return java.net.InetAddress.ofLiteral(text).getHostAddress();
    }

    private static HostConfigJson hostConfig(CreateOptions o, Mode mode, List<String> binds,
            Map<String, List<PortBindingJson>> portBindings, boolean endpoints) {
        List<MountJson> mounts = o.mounts.stream().map(m -> flag("--mount", m, MountSpec::of)).toList();
        List<HostConfigJson.UlimitJson> ulimits = o.ulimits.stream()
                .map(u -> flag("--ulimit", u, Ulimit::of).toJson()).toList();
        if (o.rm && o.restart != null && !o.restart.equals("no")) {
            throw new IllegalArgumentException("conflicting options: --restart and --rm");
        }
        String networkMode = o.network == null && endpoints ? "default" : o.network;
        return new HostConfigJson(orNull(binds), null, networkMode, orNullMap(portBindings),
                o.restart == null ? null : flag("--restart", o.restart, RestartPolicy::of).toJson(),
                o.rm ? true : null, null, orNull(mounts), orNull(o.capAdd), orNull(o.capDrop),
                null, null, null, null, null, orNull(o.groupAdd), null, null, null, null,
                o.privileged ? true : null, o.publishAll ? true : null, o.readOnly ? true : null, null,
                orNullMap(KeyValues.tmpfs(o.tmpfs)), null, bytes("--shm-size", o.shmSize),
                orNullMap(KeyValues.required("--sysctl", o.sysctls)), null, o.cpuShares,
                bytes("--memory", o.memory), null, null, null, null, null, null,
                bytes("--memory-reservation", o.memoryReservation), null, null,
                o.cpus == null ? null : flag("--cpus", o.cpus, NanoCpus::of).value(), null, o.init, o.pidsLimit,
                orNull(ulimits));
    }

    private static HealthcheckJson health(CreateOptions o) {
        boolean any = o.healthCmd != null || o.healthInterval != null || o.healthRetries != null
                || o.healthTimeout != null || o.healthStartPeriod != null || o.healthStartInterval != null;
        if (o.noHealthcheck) {
            if (any) {
                throw new IllegalArgumentException("--no-healthcheck conflicts with --health-* options");
            }
            return new HealthcheckJson(List.of("NONE"), null, null, null, null, null);
        }
        if (!any) {
            return null;
        }
        if (o.healthRetries != null && o.healthRetries < 0) {
            throw new IllegalArgumentException("--health-retries cannot be negative");
        }
        return new HealthcheckJson(o.healthCmd == null ? null : List.of("CMD-SHELL", o.healthCmd),
                nanos("--health-interval", o.healthInterval), nanos("--health-timeout", o.healthTimeout),
                o.healthRetries, nanos("--health-start-period", o.healthStartPeriod),
                nanos("--health-start-interval", o.healthStartInterval));
    }

    private static Long nanos(String flag, String value) {
        if (value == null) {
            return null;
        }
        long nanos = flag(flag, value, GoDuration::of).nanos();
        if (nanos < 0) {
            throw new IllegalArgumentException(flag + " cannot be negative: \"" + value + "\"");
        }
        return nanos;
    }

    private static Long bytes(String flag, String value) {
        return value == null ? null : flag(flag, value, ByteSize::of).bytes();
    }

    /** Parses one flag's value; a refusal names the flag: {@code --memory: invalid size: "x" (...)}. */
    static <T, R> R flag(String flag, T value, Function<T, R> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }

    private static <V> Map<String, V> orNullMap(Map<String, V> map) {
        return map.isEmpty() ? null : map;
    }
}
