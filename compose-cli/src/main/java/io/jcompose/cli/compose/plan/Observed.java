package io.jcompose.cli.compose.plan;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.model.project.Volume;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine has of a project now: its containers (running or not, one-off ones left out), networks, and the
 * volumes its files name (found by name, whoever made them, so that external and foreign ones are seen too).
 */
public record Observed(List<ObservedContainer> containers, List<ObservedNetwork> networks,
        List<ObservedVolume> volumes, Map<String, String> imageIds) {

    public Observed {
        containers = containers.stream().sorted(Comparator.comparing(ObservedContainer::service)
                .thenComparingInt(ObservedContainer::number)).toList();
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
        imageIds = Map.copyOf(imageIds);
    }

    public Observed(List<ObservedContainer> containers, List<ObservedNetwork> networks,
            List<ObservedVolume> volumes) {
        this(containers, networks, volumes, Map.of());
    }

    /** The same, plus the ID each service's image has in the engine now (images it lacks are left out). */
    public Observed withImages(Desired desired, ImageApi images) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (String service : desired.project().services().keySet()) {
            String image = desired.image(service);
            if (ids.containsKey(image)) {
                continue;
            }
            try {
                String id = images.inspectImage(image).id();
                if (id != null && !id.isEmpty()) {
                    ids.put(image, id);
                }
            } catch (EngineApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
        return new Observed(containers, networks, volumes, ids);
    }

    /** The ID the engine has for {@code image} now, when known. */
    public Optional<String> imageId(String image) {
        return Optional.ofNullable(imageIds.get(image));
    }

    public Observed(List<ObservedContainer> containers, List<ObservedNetwork> networks) {
        this(containers, networks, List.of());
    }

    public static final Observed NOTHING = new Observed(List.of(), List.of(), List.of(), Map.of());

    /** As {@link #of(String, ContainerApi, NetworkApi)}, plus each volume of the project looked up by name. */
    public static Observed of(Desired desired, ContainerApi containers, NetworkApi networks, VolumeApi volumes)
            throws IOException {
        Observed base = of(desired.name(), containers, networks);
        List<ObservedVolume> found = new ArrayList<>();
        for (Volume v : desired.project().volumes().values()) {
            try {
                found.add(ObservedVolume.of(volumes.inspect(v.name())));
            } catch (EngineApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
        return new Observed(base.containers(), base.networks(), found);
    }

    /** Lists the project's objects by the {@code com.docker.compose.project} label. */
    public static Observed of(String project, ContainerApi containers, NetworkApi networks) throws IOException {
        List<ObservedContainer> cs = containers.list(true, Labels.projectFilter(project)).stream()
                .map(ObservedContainer::of).filter(c -> !c.oneoff()).toList();
        List<ObservedNetwork> ns = networks.list(Labels.projectFilter(project)).stream()
                .map(ObservedNetwork::of).toList();
        return new Observed(cs, ns);
    }

    public List<ObservedContainer> ofService(String service) {
        return containers.stream().filter(c -> c.service().equals(service)).toList();
    }

    public Optional<ObservedVolume> volume(String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public boolean hasNetwork(String name) {
        return networks.stream().anyMatch(n -> n.name().equals(name));
    }
}
