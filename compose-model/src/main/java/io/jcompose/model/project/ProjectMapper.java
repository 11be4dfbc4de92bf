package io.jcompose.model.project;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a normalised model into {@link Project} records; the loader hands it a normalised tree. */
public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static Project toProject(Node normalizedModel, Path workingDirectory) {
        MapNode root = normalizedModel instanceof MapNode m ? m : MapNode.empty(normalizedModel.position());
        Fields top = new Fields(root);
        String name = top.str("name") != null ? top.str("name")
                : workingDirectory.getFileName() == null ? "" : workingDirectory.getFileName().toString();
        Fields model = Fields.of(root);
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
