package io.jcompose.model.project;

import io.jcompose.model.env.Environment;
import io.jcompose.model.normalize.Normalizer;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a normalised model into {@link Project} records. A model that was not normalised (config
 * {@code --no-normalize}) is normalised here first, so the records are always complete and in long form.
 */
public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static Project toProject(Node normalizedModel, Path workingDirectory) {
        MapNode root = normalizedModel instanceof MapNode m ? m : MapNode.empty(normalizedModel.position());
        Fields top = new Fields(root);
        String name = top.str("name") != null ? top.str("name")
                : workingDirectory.getFileName() == null ? "" : workingDirectory.getFileName().toString();
        Fields model = Fields.of(Normalizer.normalize(root, name, workingDirectory, new Environment(Map.of())));
        Map<String, Service> services = new LinkedHashMap<>();
        if (model.raw("services") instanceof MapNode s) {
            s.entries().forEach((serviceName, node) -> services.put(serviceName,
                    ServiceMapper.toService(serviceName, Fields.of(node))));
        }
        return new Project(name, workingDirectory, services,
                model.map("networks", (f, n) -> ResourceMapper.network(f)),
                model.map("volumes", (f, n) -> ResourceMapper.volume(f)),
                model.map("secrets", (f, n) -> ResourceMapper.fileObject(f)),
                model.map("configs", (f, n) -> ResourceMapper.fileObject(f)));
    }
}
