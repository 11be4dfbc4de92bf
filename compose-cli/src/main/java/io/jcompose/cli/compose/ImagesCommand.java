package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.container.TabColumns;
import io.jcompose.cli.image.HumanUnits;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code jcompose images}: the image of each of the project's containers, in docker compose's columns. */
@Command(name = "images", description = "List images used by the created containers.")
public final class ImagesCommand implements Callable<Integer> {

    /** The output formats docker compose accepts here. */
    enum Format { table, json }

    /** One container's image, as docker compose summarises it. */
    record Row(String id, String containerName, String repository, String tag, long size) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The minimum cell width of docker compose's formatted tables. */
    private static final int MIN_WIDTH = 20;

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs.")
    boolean quiet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Format the output. "
            + "Values: [table | json] (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to list.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getOut());
    }

    int run(Desired desired, EngineApis engine, PrintWriter out) throws IOException {
        List<Row> rows = rows(ProjectContainers.of(desired, services).summaries(engine.containers(), true,
                OneOff.INCLUDE), engine);
        if (quiet) {
            new LinkedHashSet<>(rows.stream().map(r -> r.id().substring(r.id().indexOf(':') + 1)).toList())
                    .forEach(out::println);
        } else if (format == Format.json) {
            out.println(JSON.writeValueAsString(rows.stream().map(ImagesCommand::json).toList()));
        } else {
            out.print(table(rows));
        }
        out.flush();
        return 0;
    }

    private static List<Row> rows(List<ContainerSummaryJson> containers, EngineApis engine) throws IOException {
        Map<String, ImageInspectJson> images = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ContainerSummaryJson c : containers) {
            String ref = c.imageId() == null || c.imageId().isEmpty() ? c.image() : c.imageId();
            ImageInspectJson image = images.get(ref);
            if (image == null) {
                try {
                    image = engine.images().inspectImage(ref);
                } catch (EngineApiException e) {
                    if (!e.isNotFound()) {
                        throw e;
                    }
                    continue; // its image is gone: docker compose leaves the container out too
                }
                images.put(ref, image);
            }
            String repoTag = image.repoTags() == null || image.repoTags().isEmpty() ? "" : image.repoTags().getFirst();
            int colon = repoTag.lastIndexOf(':');
            boolean tagged = colon > repoTag.lastIndexOf('/');
            rows.add(new Row(image.id(), ObservedContainer.of(c).name(), tagged ? repoTag.substring(0, colon)
                    : repoTag, tagged ? repoTag.substring(colon + 1) : "", image.size()));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("CONTAINER\tREPOSITORY\tTAG\tIMAGE ID\tSIZE");
        for (Row r : rows) {
            String id = r.id().substring(r.id().indexOf(':') + 1);
            lines.add(String.join("\t", r.containerName(), r.repository().isEmpty() ? "<none>" : r.repository(),
                    r.tag().isEmpty() ? "<none>" : r.tag(), id.length() > 12 ? id.substring(0, 12) : id,
                    HumanUnits.size(r.size())));
        }
        return TabColumns.align(lines, MIN_WIDTH);
    }

    private static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", r.id());
        m.put("ContainerName", r.containerName());
        m.put("Repository", r.repository());
        m.put("Tag", r.tag());
        m.put("Size", r.size());
        return m;
    }
}
