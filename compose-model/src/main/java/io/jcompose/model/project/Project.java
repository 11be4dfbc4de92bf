package io.jcompose.model.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER (owned by the project-records work): the loaded project as immutable records. */
public record Project(String name, Path workingDirectory, Map<String, Service> services) {

    public Project {
        services = Map.copyOf(services);
    }

    /** One service; the full record set is built by the project-records work. */
    public record Service(String name, String image, List<String> dependsOn) {
        public Service {
            dependsOn = List.copyOf(dependsOn);
        }
    }
}
