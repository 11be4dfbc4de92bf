package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.HostConfigJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The networks a container asks for, kept as docker keeps them: every network (that of {@code NetworkMode} too)
 * is an entry of the create request's {@code EndpointsConfig}, which connect and disconnect change.
 */
final class ContainerEndpoints {

    private static final EndpointSettingsJson NO_SETTINGS = new EndpointSettingsJson(null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    private ContainerEndpoints() {
    }

    /**
     * The network of {@code NetworkMode} as the first endpoint of the request (docker keeps it among the
     * container's networks, so {@code network disconnect} can take it away); the CLI's {@code default} is the
     * bridge.
     */
    static ContainerCreateJson withPrimaryEndpoint(ContainerCreateJson request) {
        HostConfigJson host = request.hostConfig() == null ? HostConfigJson.empty() : request.hostConfig();
        String mode = host.networkMode() == null || host.networkMode().isEmpty()
                || host.networkMode().equals("default") ? "bridge" : host.networkMode();
        if (mode.equals("host") || mode.equals("none") || mode.startsWith("container:")) {
            return request;
        }
        Map<String, EndpointSettingsJson> endpoints = new LinkedHashMap<>(endpoints(request));
        EndpointSettingsJson defaultSettings = endpoints.remove("default");
        Map<String, EndpointSettingsJson> ordered = new LinkedHashMap<>();
        EndpointSettingsJson primary = endpoints.getOrDefault(mode, mode.equals("bridge") ? defaultSettings : null);
        ordered.put(mode, primary == null ? NO_SETTINGS : primary);
        endpoints.forEach(ordered::putIfAbsent);
        return new ContainerCreateJson(request.config(), request.hostConfig(),
                new ContainerCreateJson.NetworkingConfigJson(ordered));
    }

    /** The record with the endpoint for {@code network} set, or removed when {@code settings} is null. */
    static ContainerRecord withEndpoint(ContainerRecord r, String network, EndpointSettingsJson settings) {
        ContainerCreateJson request = r.request();
        Map<String, EndpointSettingsJson> endpoints = new LinkedHashMap<>(endpoints(request));
        if (settings == null) {
            endpoints.remove(network);
        } else {
            endpoints.put(network, settings);
        }
        return new ContainerRecord(r.id(), r.name(), r.created(), r.image(), r.imageId(),
                new ContainerCreateJson(request.config(), request.hostConfig(),
                        new ContainerCreateJson.NetworkingConfigJson(endpoints)), r.path(), r.args(), r.state());
    }

    private static Map<String, EndpointSettingsJson> endpoints(ContainerCreateJson request) {
        return request.networkingConfig() == null || request.networkingConfig().endpoints() == null ? Map.of()
                : request.networkingConfig().endpoints();
    }
}
