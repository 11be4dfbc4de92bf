package io.jcompose.runtime.api.container;

import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.container.ContainerLayout;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerState;
import io.jcompose.runtime.container.ContainerStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Translates the engine's container records into docker's inspect and list shapes. */
final class ContainerJsonMapping {

    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private ContainerJsonMapping() {
    }

    static ContainerInspectJson inspect(ContainerRecord r, ContainerLayout layout,
            Optional<ContainerInspectJson.HealthJson> health, Map<String, EndpointSettingsJson> endpoints,
            Map<String, List<HostConfigJson.PortBindingJson>> published,
            List<ContainerInspectJson.MountPointJson> mounts) {
        ContainerState s = r.state();
        var state = new ContainerInspectJson.StateJson(s.status().apiName(), s.status().isAlive(),
                s.status() == ContainerStatus.PAUSED, s.status() == ContainerStatus.RESTARTING, s.oomKilled(),
                s.status() == ContainerStatus.DEAD, s.status().isAlive() ? s.pid() : 0, s.exitCode(), s.error(),
                time(s.startedAt()), time(s.finishedAt()), health.orElse(null));
        HostConfigJson host = r.hostConfig();
        String networkMode = host.networkMode() == null || host.networkMode().isEmpty() ? "bridge"
                : host.networkMode();
        Map<String, List<HostConfigJson.PortBindingJson>> ports = new LinkedHashMap<>();
        if (host.portBindings() != null) {
            host.portBindings().keySet().forEach(k -> ports.put(k, List.of()));
        }
        ports.putAll(published);
        var network = new ContainerInspectJson.NetworkSettingsJson("", ports,
                endpoints.isEmpty() ? networks(r, networkMode) : endpoints);
        return new ContainerInspectJson(r.id().hex(), DateTimeFormatter.ISO_INSTANT.format(r.created()), r.path(),
                r.args(), state, r.imageId(), layout.resolvConf().toString(), layout.hostname().toString(),
                layout.hosts().toString(), layout.log().toString(), "/" + r.name(), s.restartCount(), "overlay",
                "linux", null, host, mounts, r.config(), network);
    }

    static ContainerSummaryJson summary(ContainerRecord r, Clock clock,
            Optional<ContainerInspectJson.HealthJson> health, Map<String, EndpointSettingsJson> endpoints,
            Map<String, List<HostConfigJson.PortBindingJson>> published,
            List<ContainerInspectJson.MountPointJson> mounts) {
        HostConfigJson host = r.hostConfig();
        String networkMode = host.networkMode() == null || host.networkMode().isEmpty() ? "bridge"
                : host.networkMode();
        List<String> command = new ArrayList<>();
        command.add(r.path());
        command.addAll(r.args());
        return new ContainerSummaryJson(r.id().hex(), List.of("/" + r.name()), r.image(), r.imageId(),
                String.join(" ", command), r.created().getEpochSecond(), summaryPorts(host, published),
                r.config().labels() == null ? Map.of() : r.config().labels(), r.state().status().apiName(),
                status(r.state(), clock.instant()) + healthSuffix(r.state(), health),
                Map.of("NetworkMode", networkMode),
                new ContainerSummaryJson.NetworksJson(endpoints.isEmpty() ? networks(r, networkMode) : endpoints),
                mounts);
    }

    /** docker ps's STATUS column: {@code Up 5 minutes}, {@code Exited (0) 2 seconds ago}, {@code Created}. */
    static String status(ContainerState s, Instant now) {
        return switch (s.status()) {
            case CREATED -> "Created";
            case RUNNING -> "Up " + human(Duration.between(s.startedAt().orElse(now), now));
            case PAUSED -> "Up " + human(Duration.between(s.startedAt().orElse(now), now)) + " (Paused)";
            case RESTARTING -> "Restarting (" + s.exitCode() + ") "
                    + human(Duration.between(s.finishedAt().orElse(now), now)) + " ago";
            case REMOVING -> "Removal In Progress";
            case EXITED -> s.finishedAt().isEmpty() ? "Exited (" + s.exitCode() + ")"
                    : "Exited (" + s.exitCode() + ") " + human(Duration.between(s.finishedAt().get(), now)) + " ago";
            case DEAD -> "Dead";
        };
    }

    /** docker ps's {@code (healthy)}, {@code (unhealthy)}, {@code (health: starting)} after "Up ...". */
    static String healthSuffix(ContainerState s, Optional<ContainerInspectJson.HealthJson> health) {
        if (s.status() != ContainerStatus.RUNNING || health.isEmpty() || health.get().status() == null) {
            return "";
        }
        String status = health.get().status();
        return status.equals("starting") ? " (health: starting)" : " (" + status + ")";
    }

    /** Docker's {@code HumanDuration}. */
    static String human(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = d.toMinutes();
        if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = Math.round(d.toMinutes() / 60.0);
        if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return hours / 24 / 365 + " years";
    }

    private static String time(Optional<Instant> at) {
        return at.map(DateTimeFormatter.ISO_INSTANT::format).orElse(ZERO_TIME);
    }

    private static Map<String, List<HostConfigJson.PortBindingJson>> ports(HostConfigJson host) {
        return host.portBindings() == null ? Map.of() : host.portBindings();
    }

    /** docker ps's PORTS: each published binding, and the ports asked for but not (or not yet) bound. */
    private static List<ContainerSummaryJson.PortJson> summaryPorts(HostConfigJson host,
            Map<String, List<HostConfigJson.PortBindingJson>> published) {
        List<ContainerSummaryJson.PortJson> out = new ArrayList<>();
        for (var e : published.entrySet()) {
            String[] portProto = e.getKey().split("/");
            int port = Integer.parseInt(portProto[0]);
            String proto = portProto.length > 1 ? portProto[1] : "tcp";
            for (HostConfigJson.PortBindingJson b : e.getValue()) {
                out.add(new ContainerSummaryJson.PortJson(b.hostIp(), port, Integer.parseInt(b.hostPort()), proto));
            }
        }
        for (var e : ports(host).entrySet()) {
            if (published.containsKey(e.getKey())) {
                continue;
            }
            String[] portProto = e.getKey().split("/");
            int port = Integer.parseInt(portProto[0].split("-")[0]);
            String proto = portProto.length > 1 ? portProto[1] : "tcp";
            out.add(new ContainerSummaryJson.PortJson(null, port, null, proto));
        }
        return out;
    }

    /** Networks come with the network issue; until then the endpoint names the requested network, no address. */
    private static Map<String, EndpointSettingsJson> networks(ContainerRecord r, String networkMode) {
        Map<String, EndpointSettingsJson> out = new LinkedHashMap<>();
        if (networkMode.equals("none") || networkMode.startsWith("container:")) {
            return out;
        }
        var endpoints = r.request().networkingConfig() == null ? null : r.request().networkingConfig().endpoints();
        if (endpoints != null && !endpoints.isEmpty()) {
            out.putAll(endpoints);
        } else {
            out.put(networkMode, new EndpointSettingsJson(null, null, null, null, null, null, null, "", "", 0, "",
                    "", 0, null));
        }
        return out;
    }
}
