package io.jcompose.runtime.api.network;

import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkConnectJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import io.jcompose.network.ipam.SubnetState;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.FilterArgs;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.network.EndpointRecord;
import io.jcompose.runtime.network.NetworkException;
import io.jcompose.runtime.network.NetworkRecord;
import io.jcompose.runtime.network.Networks;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Docker's network endpoints over the engine's networks: list (with filters), inspect, create, remove, prune,
 * connect and disconnect.
 */
public final class NetworkRoutes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Set<String> FILTERS = Set.of("name", "id", "label", "driver", "type", "scope", "dangling");

    private final Networks networks;
    private final Containers containers;

    public NetworkRoutes(Networks networks, Containers containers) {
        this.networks = networks;
        this.containers = containers;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/networks", guard(this::list)),
                new Route("POST", "/networks/create", guard(this::create)),
                new Route("POST", "/networks/prune", guard(this::prune)),
                new Route("GET", "/networks/{id}", guard(this::inspect)),
                new Route("DELETE", "/networks/{id}", guard(this::remove)),
                new Route("POST", "/networks/{id}/connect", guard(this::connect)),
                new Route("POST", "/networks/{id}/disconnect", guard(this::disconnect)));
    }

    ApiResponse list(ApiRequest request) {
        Map<String, List<String>> filters = FilterArgs.parse(request.queryParam("filters"), FILTERS);
        List<NetworkJson> out = new ArrayList<>();
        for (NetworkRecord r : networks.store().all()) {
            if (matches(r, filters)) {
                out.add(json(r));
            }
        }
        return ApiResponse.json(200, out);
    }

    ApiResponse inspect(ApiRequest request) {
        return ApiResponse.json(200, json(networks.store().find(request.pathParam("id"))));
    }

    ApiResponse create(ApiRequest request) throws IOException {
        NetworkCreateJson body;
        try {
            body = JSON.readValue(request.bodyBytes(), NetworkCreateJson.class);
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON in the network config: " + e.getOriginalMessage());
        }
        NetworkRecord r = networks.create(body);
        return ApiResponse.json(201, Map.of("Id", r.id(), "Warning", ""));
    }

    ApiResponse remove(ApiRequest request) throws IOException {
        networks.remove(request.pathParam("id"));
        return ApiResponse.empty(204);
    }

    ApiResponse prune(ApiRequest request) throws IOException {
        Map<String, List<String>> filters = FilterArgs.parse(request.queryParam("filters"), Set.of("label", "until"));
        List<String> deleted = new ArrayList<>();
        for (NetworkRecord r : networks.store().all()) {
            if (!r.predefined() && r.endpoints().isEmpty() && matches(r, filters)) {
                networks.remove(r.id());
                deleted.add(r.name());
            }
        }
        return ApiResponse.json(200, Map.of("NetworksDeleted", deleted));
    }

    ApiResponse connect(ApiRequest request) throws IOException {
        NetworkConnectJson body = read(request);
        NetworkRecord net = networks.store().find(request.pathParam("id"));
        ContainerRecord container = containers.store().find(body.container());
        networks.connect(containers, container, net, body.endpointConfig());
        return ApiResponse.empty(200);
    }

    ApiResponse disconnect(ApiRequest request) throws IOException {
        NetworkConnectJson body = read(request);
        NetworkRecord net = networks.store().find(request.pathParam("id"));
        ContainerRecord container = containers.store().find(body.container());
        networks.disconnect(containers, container, net);
        return ApiResponse.empty(200);
    }

    private static NetworkConnectJson read(ApiRequest request) throws IOException {
        try {
            NetworkConnectJson body = JSON.readValue(request.bodyBytes(), NetworkConnectJson.class);
            if (body == null || body.container() == null || body.container().isEmpty()) {
                throw new ApiException(400, "container is required");
            }
            return body;
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    static NetworkJson json(NetworkRecord r) {
        List<IpamJson.Config> configs = new ArrayList<>();
        for (SubnetState s : r.subnets()) {
            configs.add(new IpamJson.Config(s.subnet(), s.ipRange(), s.gateway(), null));
        }
        Map<String, NetworkJson.Endpoint> endpoints = new LinkedHashMap<>();
        for (EndpointRecord e : r.endpoints().values()) {
            endpoints.put(e.containerId(), new NetworkJson.Endpoint(e.containerName(), e.endpointId(), e.mac(),
                    e.ipv4(), e.ipv6() == null ? "" : e.ipv6()));
        }
        String driver = r.driver();
        return new NetworkJson(r.name(), r.id(), DateTimeFormatter.ISO_INSTANT.format(r.created()), "local", driver,
                r.enableIpv6(), new IpamJson("default", configs, Map.of()), r.internal(), r.attachable(), false,
                false, endpoints, r.options(), r.labels());
    }

    private static boolean matches(NetworkRecord r, Map<String, List<String>> filters) {
        for (String label : filters.getOrDefault("label", List.of())) {
            if (!FilterArgs.labelMatches(label, r.labels())) {
                return false;
            }
        }
        List<String> names = filters.getOrDefault("name", List.of());
        if (!names.isEmpty() && names.stream().noneMatch(n -> r.name().contains(n))) {
            return false;
        }
        List<String> ids = filters.getOrDefault("id", List.of());
        if (!ids.isEmpty() && ids.stream().noneMatch(i -> r.id().startsWith(i))) {
            return false;
        }
        List<String> drivers = filters.getOrDefault("driver", List.of());
        if (!drivers.isEmpty() && !drivers.contains(r.driver())) {
            return false;
        }
        List<String> types = filters.getOrDefault("type", List.of());
        if (!types.isEmpty() && !types.contains(r.predefined() ? "builtin" : "custom")) {
            return false;
        }
        List<String> dangling = filters.getOrDefault("dangling", List.of());
        if (!dangling.isEmpty()) {
            boolean wantDangling = dangling.getFirst().equals("true") || dangling.getFirst().equals("1");
            boolean isDangling = !r.predefined() && r.endpoints().isEmpty();
            if (wantDangling != isDangling) {
                return false;
            }
        }
        return true;
    }

    static Route.Handler guard(Route.Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (NetworkException e) {
                int status = switch (e.kind()) {
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                    case FORBIDDEN -> 403;
                    case INVALID -> 400;
                    case FAILED -> 500;
                };
                throw new ApiException(status, e.getMessage());
            } catch (ContainerException e) {
                throw new ApiException(e.kind() == ContainerException.Kind.NOT_FOUND ? 404 : 400, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            }
        };
    }
}
