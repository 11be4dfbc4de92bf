package io.jcompose.cli.training;

import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.ImageConfigJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumeListJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;

/**
 * The canned engine's networks, volumes and images and their endpoints: networks and volumes live from create to
 * remove; every image asked for exists (so that nothing is pulled or built) and is listed once asked for.
 */
final class CannedResources {

    private final Map<String, NetworkJson> networks = new LinkedHashMap<>();
    private final Map<String, VolumeJson> volumes = new LinkedHashMap<>();
    private final Map<String, String> images = new LinkedHashMap<>();
    private final Clock clock;

    CannedResources(Clock clock) {
        this.clock = clock;
        createNetwork(new NetworkCreateJson("bridge", null, "bridge", "local", false, false, false, null, false,
                Map.of(), Map.of()), "172.17.0.0/16");
    }

    synchronized CannedResponse listNetworks(CannedRequest request) {
        Map<String, List<String>> filters = CannedIds.filters(request);
        return CannedResponse.ok(networks.values().stream().filter(n -> CannedIds.labelsMatch(filters, labels(n)))
                .filter(n -> CannedIds.nameMatches(filters, n.name())).toList());
    }

    synchronized CannedResponse network(CannedRequest request, String idOrName, String action) {
        if (request.method().equals("POST") && idOrName.equals("create")) {
            NetworkCreateJson body = read(request, NetworkCreateJson.class);
            if (networks.containsKey(body.name())) {
                return CannedResponse.error(409, "network with name " + body.name() + " already exists");
            }
            NetworkJson created = createNetwork(body, "172.18." + networks.size() + ".0/24");
            return CannedResponse.json(201, Map.of("Id", created.id(), "Warning", ""));
        }
        Optional<NetworkJson> found = networks.values().stream()
                .filter(n -> n.name().equals(idOrName) || n.id().startsWith(idOrName)).findFirst();
        if (found.isEmpty()) {
            return CannedResponse.error(404, "network " + idOrName + " not found");
        }
        return switch (request.method() + " " + action) {
            case "GET " -> CannedResponse.ok(found.get());
            case "DELETE " -> {
                networks.remove(found.get().name());
                yield CannedResponse.empty(204);
            }
            case "POST connect", "POST disconnect" -> CannedResponse.ok(Map.of());
            default -> CannedResponse.error(404, "page not found");
        };
    }

    private NetworkJson createNetwork(NetworkCreateJson body, String subnet) {
        String gateway = subnet.replaceFirst("0/\\d+$", "1");
        IpamJson ipam = new IpamJson("default", List.of(new IpamJson.Config(subnet, null, gateway, null)), Map.of());
        NetworkJson network = new NetworkJson(body.name(), CannedIds.next("network"), clock.instant().toString(),
                "local", body.driver() == null ? "bridge" : body.driver(), Boolean.TRUE.equals(body.enableIpv6()),
                ipam, Boolean.TRUE.equals(body.internal()), Boolean.TRUE.equals(body.attachable()), false, false,
                Map.of(), body.options() == null ? Map.of() : body.options(),
                body.labels() == null ? Map.of() : body.labels());
        networks.put(body.name(), network);
        return network;
    }

    /** A container's endpoint on {@code network}, with the {@code host}-th address of its subnet. */
    synchronized EndpointSettingsJson endpoint(String network, EndpointSettingsJson asked, int host) {
        NetworkJson n = networks.get(network);
        String subnet = n == null ? "172.17.0.0/16" : n.ipam().config().getFirst().subnet();
        String prefix = subnet.substring(0, subnet.lastIndexOf('.') + 1);
        return new EndpointSettingsJson(null, null, asked == null ? null : asked.aliases(), "02:42:ac:11:00:02",
                null, n == null ? "" : n.id(), CannedIds.next("endpoint"), prefix + "1", prefix + (host % 250 + 2),
                Integer.valueOf(subnet.substring(subnet.indexOf('/') + 1)), "", "", 0,
                asked == null ? null : asked.dnsNames());
    }

    synchronized CannedResponse listVolumes(CannedRequest request) {
        Map<String, List<String>> filters = CannedIds.filters(request);
        return CannedResponse.ok(new VolumeListJson(volumes.values().stream()
                .filter(v -> CannedIds.labelsMatch(filters, v.labels() == null ? Map.of() : v.labels()))
                .filter(v -> CannedIds.nameMatches(filters, v.name())).toList(), List.of()));
    }

    synchronized CannedResponse volume(CannedRequest request, String name) {
        if (request.method().equals("POST") && name.equals("create")) {
            VolumeCreateJson body = read(request, VolumeCreateJson.class);
            String volumeName = body.name() == null || body.name().isEmpty() ? CannedIds.next("volume") : body.name();
            VolumeJson volume = volumes.computeIfAbsent(volumeName, v -> new VolumeJson(v, "local",
                    "/var/lib/jcompose/volumes/" + v + "/_data", clock.instant().toString(),
                    body.labels() == null ? Map.of() : body.labels(), "local", Map.of(), null));
            return CannedResponse.json(201, volume);
        }
        VolumeJson found = volumes.get(name);
        if (found == null) {
            return CannedResponse.error(404, "get " + name + ": no such volume");
        }
        if (request.method().equals("DELETE")) {
            volumes.remove(name);
            return CannedResponse.empty(204);
        }
        return CannedResponse.ok(found);
    }

    /** The ID of an image, which exists as soon as it is asked for. */
    synchronized String imageId(String name) {
        return "sha256:" + images.computeIfAbsent(name == null ? "" : name, CannedIds::of);
    }

    synchronized CannedResponse inspectImage(String name) {
        String id = imageId(name);
        ImageConfigJson config = ImageConfigJson.of("", null, List.of("PATH=/bin"), List.of("sh"), null, null, "",
                null, null, Map.of(), null, null);
        return CannedResponse.ok(new ImageInspectJson(id, List.of(name), List.of(), "", "", "2026-01-01T00:00:00Z",
                "", "", config, "amd64", null, "linux", 1_048_576, new ImageInspectJson.GraphDriver("overlay2",
                Map.of()), new ImageInspectJson.RootFs("layers", List.of(id)),
                new ImageInspectJson.Metadata("0001-01-01T00:00:00Z")));
    }

    synchronized CannedResponse listImages() {
        List<ImageSummaryJson> list = new ArrayList<>();
        images.forEach((name, id) -> list.add(new ImageSummaryJson("sha256:" + id, "", List.of(name), List.of(),
                1_767_225_600L, 1_048_576, -1, Map.of(), -1)));
        return CannedResponse.ok(list);
    }

    private static Map<String, String> labels(NetworkJson n) {
        return n.labels() == null ? Map.of() : n.labels();
    }

    private static <T> T read(CannedRequest request, Class<T> type) {
        return CannedResponse.JSON.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(request.body());
    }
}
