package io.jcompose.cli.command;

import io.jcompose.model.load.LoadedProject;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What {@code config} prints for each of its listing flags. */
final class ConfigOutput {

    private ConfigOutput() {
    }

    static String render(ConfigCommand c, LoadedProject project) {
        MapNode model = (MapNode) project.model();
        if (c.listServices) {
            return lines(keys(model, "services"));
        }
        if (c.listVolumes) {
            return lines(keys(model, "volumes"));
        }
        if (c.listNetworks) {
            return lines(keys(model, "networks"));
        }
        if (c.listProfiles) {
            return lines(profiles(model));
        }
        if (c.listImages) {
            return lines(images(model, project.name()));
        }
        if (c.hash != null) {
            return lines(hashes(model, c.hash));
        }
        if (c.listEnvironment) {
            List<String> env = new ArrayList<>();
            project.environment().values().forEach((k, v) -> env.add(k + "=" + v));
            return lines(env);
        }
        return c.renderModel(project);
    }

    /** The table docker compose prints for {@code config --variables}. */
    static String variables(List<io.jcompose.model.interpolation.VariableUse> uses) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE"});
        for (var u : uses) {
            rows.add(new String[] {u.name(), String.valueOf(u.required()),
                    u.defaultValue() == null ? "" : u.defaultValue(),
                    u.alternateValue() == null ? "" : u.alternateValue()});
        }
        int[] widths = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                line.append(r[i]);
                if (i < 3) {
                    line.append(" ".repeat(widths[i] - r[i].length() + 3));
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    static MapNode onlyServices(MapNode root, List<String> names) {
        Node services = root.getOrNull("services");
        if (!(services instanceof MapNode all)) {
            return root;
        }
        Map<String, Node> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : all.entries().entrySet()) {
            if (names.contains(e.getKey())) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return root.with("services", all.withEntries(kept));
    }

    private static List<String> keys(MapNode model, String section) {
        Node n = model.getOrNull(section);
        return n instanceof MapNode m ? new ArrayList<>(new TreeSet<>(m.keys())) : List.of();
    }

    /** {@code NAME HASH} lines for {@code --hash "*"} or a comma-separated list of services. */
    private static List<String> hashes(MapNode model, String selection) {
        List<String> out = new ArrayList<>();
        if (!(model.getOrNull("services") instanceof MapNode services)) {
            return out;
        }
        List<String> wanted = selection.equals("*") ? new ArrayList<>(new TreeSet<>(services.keys()))
                : List.of(selection.split(","));
        for (String name : wanted) {
            Node service = services.getOrNull(name.strip());
            if (service == null) {
                throw new io.jcompose.model.error.ComposeException("no such service: " + name.strip());
            }
            out.add(name.strip() + " " + io.jcompose.model.project.ConfigHash.of(service));
        }
        return out;
    }

    private static List<String> profiles(MapNode model) {
        TreeSet<String> names = new TreeSet<>();
        if (model.getOrNull("services") instanceof MapNode services) {
            for (Node s : services.entries().values()) {
                if (s instanceof MapNode svc && svc.getOrNull("profiles") instanceof io.jcompose.model.tree.ListNode l) {
                    l.items().forEach(p -> names.add(((ScalarNode) p).asText()));
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> images(MapNode model, String project) {
        List<String> images = new ArrayList<>();
        if (model.getOrNull("services") instanceof MapNode services) {
            for (String name : new TreeSet<>(services.keys())) {
                if (services.getOrNull(name) instanceof MapNode svc) {
                    images.add(svc.getOrNull("image") instanceof ScalarNode s && !s.isNull()
                            ? s.asText() : project + "-" + name);
                }
            }
        }
        return images;
    }

    private static String lines(List<String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach(v -> b.append(v).append('\n'));
        return b.toString();
    }
}
