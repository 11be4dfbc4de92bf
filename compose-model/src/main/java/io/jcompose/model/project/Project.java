package io.jcompose.model.project;

import java.nio.file.Path;
import java.util.Map;

/**
 * The loaded project as immutable records, what the planner and engine work from; maps keep the normalised model's
 * order (services sorted by name).
 */
public record Project(String name, Path workingDirectory, Map<String, Service> services,
        Map<String, Network> networks, Map<String, Volume> volumes, Map<String, FileObject> secrets,
        Map<String, FileObject> configs) {

    public Project {
        services = Copies.map(services);
        networks = Copies.map(networks);
        volumes = Copies.map(volumes);
        secrets = Copies.map(secrets);
        configs = Copies.map(configs);
    }

    /** A project with services only (tests and tools). */
    public Project(String name, Path workingDirectory, Map<String, Service> services) {
        this(name, workingDirectory, services, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public Service service(String serviceName) {
        return services.get(serviceName);
    }
}
