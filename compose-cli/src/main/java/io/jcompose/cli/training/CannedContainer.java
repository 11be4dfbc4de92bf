package io.jcompose.cli.training;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.MountJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One container of the canned engine: what {@code POST /containers/create} was sent, its state, and how a list
 * and an inspect show it (the labels, config and mounts as created, so that compose's config hashes match).
 */
record CannedContainer(String id, String name, String imageId, ContainerCreateJson body, Instant created,
        String state, Instant changed, Map<String, EndpointSettingsJson> endpoints) {

    CannedContainer {
        endpoints = Map.copyOf(endpoints);
    }

    CannedContainer withState(String newState, Instant at) {
        return new CannedContainer(id, name, imageId, body, created, newState, at, endpoints);
    }

    boolean running() {
        return state.equals("running");
    }

    Map<String, String> labels() {
        Map<String, String> labels = config().labels();
        return labels == null ? Map.of() : labels;
    }

    private ContainerConfigJson config() {
        return body.config();
    }

    private HostConfigJson hostConfig() {
        return body.hostConfig();
    }

    /** Health is reported as soon as the container runs: the canned engine's checks always pass. */
    private ContainerInspectJson.HealthJson health() {
        var check = config().healthcheck();
        if (check == null || check.test() == null || check.test().isEmpty() || check.test().getFirst().equals("NONE")
                || !running()) {
            return null;
        }
        return new ContainerInspectJson.HealthJson("healthy", 0, List.of(new ContainerInspectJson.HealthLogJson(
                changed.toString(), changed.toString(), 0, "")));
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        if (config().entrypoint() != null) {
            command.addAll(config().entrypoint());
        }
        if (config().cmd() != null) {
            command.addAll(config().cmd());
        }
        return command.isEmpty() ? List.of("sh") : command;
    }

    private String networkMode() {
        return hostConfig() == null || hostConfig().networkMode() == null ? "bridge" : hostConfig().networkMode();
    }

    private List<ContainerInspectJson.MountPointJson> mounts() {
        List<ContainerInspectJson.MountPointJson> mounts = new ArrayList<>();
        List<MountJson> asked = hostConfig() == null || hostConfig().mounts() == null ? List.of()
                : hostConfig().mounts();
        for (MountJson m : asked) {
            boolean volume = "volume".equals(m.type());
            mounts.add(new ContainerInspectJson.MountPointJson(m.type(), volume ? m.source() : null,
                    volume ? "/var/lib/jcompose/volumes/" + m.source() + "/_data" : m.source(), m.target(),
                    volume ? "local" : null, "", !Boolean.TRUE.equals(m.readOnly()), volume ? "" : "rprivate"));
        }
        return mounts;
    }

    private Map<String, List<HostConfigJson.PortBindingJson>> portBindings() {
        return hostConfig() == null || hostConfig().portBindings() == null ? Map.of() : hostConfig().portBindings();
    }

    ContainerSummaryJson summary(Instant now) {
        List<ContainerSummaryJson.PortJson> ports = new ArrayList<>();
        portBindings().forEach((port, bindings) -> {
            String[] p = port.split("/");
            int privatePort = Integer.parseInt(p[0]);
            String proto = p.length > 1 ? p[1] : "tcp";
            for (HostConfigJson.PortBindingJson b : bindings) {
                boolean published = running() && b.hostPort() != null && !b.hostPort().isEmpty();
                ports.add(new ContainerSummaryJson.PortJson(published ? hostIp(b) : null, privatePort,
                        published ? Integer.valueOf(b.hostPort().split("-")[0]) : null, proto));
            }
        });
        ContainerInspectJson.HealthJson health = health();
        return new ContainerSummaryJson(id, List.of("/" + name), config().image(), imageId,
                String.join(" ", command()), created.getEpochSecond(), ports, labels(), state,
                status(now) + (health == null ? "" : " (" + health.status() + ")"),
                Map.of("NetworkMode", networkMode()), new ContainerSummaryJson.NetworksJson(endpoints), mounts());
    }

    private static String hostIp(HostConfigJson.PortBindingJson b) {
        return b.hostIp() == null || b.hostIp().isEmpty() ? "0.0.0.0" : b.hostIp();
    }

    private String status(Instant now) {
        long seconds = Math.max(0, now.getEpochSecond() - changed.getEpochSecond());
        String ago = seconds < 1 ? "Less than a second" : seconds == 1 ? "1 second" : seconds + " seconds";
        return switch (state) {
            case "running" -> "Up " + ago;
            case "exited" -> "Exited (0) " + ago + " ago";
            default -> "Created";
        };
    }

    ContainerInspectJson inspect() {
        List<String> command = command();
        boolean everStarted = !state.equals("created");
        var stateJson = new ContainerInspectJson.StateJson(state, running(), false, false, false, false,
                running() ? 4242 : 0, 0, "", everStarted ? changed.toString() : "0001-01-01T00:00:00Z",
                state.equals("exited") ? changed.toString() : "0001-01-01T00:00:00Z", health());
        Map<String, List<HostConfigJson.PortBindingJson>> ports = new LinkedHashMap<>();
        portBindings().forEach((port, bindings) -> ports.put(port, running() ? bindings : null));
        return new ContainerInspectJson(id, created.toString(), command.getFirst(),
                command.subList(1, command.size()), stateJson, imageId, "", "", "", "", "/" + name, 0,
                "overlay", "linux", List.of(), hostConfig(), mounts(), config(),
                new ContainerInspectJson.NetworkSettingsJson("", ports, endpoints));
    }
}
