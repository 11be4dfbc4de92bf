package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.oci.ImageConfig.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Dockerfile instructions {@code docker import --change} accepts (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL,
 * ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR), applied to a run config.
 */
public final class ImageChanges {

    private static final String ALLOWED = "CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, "
            + "WORKDIR";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImageChanges() {
    }

    /** Applies {@code changes} in order; ArchiveException naming the change that is not valid. */
    public static RunConfig apply(RunConfig base, List<String> changes) {
        Draft d = new Draft(base);
        for (String change : changes) {
            String trimmed = change.strip();
            int space = indexOfSpace(trimmed);
            String instruction = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
            String args = space < 0 ? "" : trimmed.substring(space).strip();
            if (!List.of(ALLOWED.split(", ")).contains(instruction)) {
                throw new ArchiveException("\"" + change + "\" is not a valid change command (expected one of "
                        + ALLOWED + ")");
            }
            if (args.isEmpty()) {
                throw new ArchiveException("\"" + change + "\": " + instruction + " requires at least one argument");
            }
            switch (instruction) {
                case "CMD" -> d.cmd = command(args);
                case "ENTRYPOINT" -> d.entrypoint = command(args);
                case "ENV" -> pairs(change, args, true).forEach(d::env);
                case "LABEL" -> d.labels.putAll(pairs(change, args, false));
                case "EXPOSE" -> Words.split(args).forEach(p -> d.ports.put(p.contains("/") ? p : p + "/tcp",
                        Map.of()));
                case "VOLUME" -> (args.startsWith("[") ? jsonArray(args) : Words.split(args))
                        .forEach(v -> d.volumes.put(v, Map.of()));
                case "WORKDIR" -> d.workdir = args.startsWith("/") || d.workdir == null ? args
                        : d.workdir.replaceAll("/+$", "") + "/" + args;
                case "USER" -> d.user = args;
                case "STOPSIGNAL" -> d.stopSignal = args;
                case "ONBUILD" -> d.onBuild.add(args);
                default -> throw new IllegalStateException(instruction);
            }
        }
        return d.build();
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** JSON form ({@code ["sh","-c","x"]}) as given, shell form wrapped in {@code /bin/sh -c}, as docker does. */
    private static List<String> command(String args) {
        if (args.startsWith("[")) {
            try {
                return jsonArray(args);
            } catch (ArchiveException notJson) {
                // docker falls back to the shell form
            }
        }
        return List.of("/bin/sh", "-c", args);
    }

    private static List<String> jsonArray(String args) {
        try {
            String[] items = JSON.readValue(args, String[].class);
            return List.of(items);
        } catch (JacksonException | NullPointerException e) {
            throw new ArchiveException("\"" + args + "\" is not a JSON array of strings");
        }
    }

    /** {@code K=V K2="v 2"}, or the legacy {@code K the rest} when {@code legacy} allows it. */
    private static Map<String, String> pairs(String change, String args, boolean legacy) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> words = Words.split(args);
        if (legacy && !words.getFirst().contains("=")) {
            int space = indexOfSpace(args);
            if (space < 0) {
                throw new ArchiveException("\"" + change + "\": ENV names need a value (ENV NAME=VALUE)");
            }
            out.put(args.substring(0, space), Words.unquote(args.substring(space).strip()));
            return out;
        }
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new ArchiveException("\"" + change + "\": \"" + w + "\" is not NAME=VALUE");
            }
            out.put(w.substring(0, eq), w.substring(eq + 1));
        }
        return out;
    }

    /** A mutable copy of the run config while the changes are applied. */
    private static final class Draft {
        final List<String> env = new ArrayList<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final Map<String, Object> ports = new LinkedHashMap<>();
        final Map<String, Object> volumes = new LinkedHashMap<>();
        final List<String> onBuild = new ArrayList<>();
        final RunConfig base;
        List<String> cmd;
        List<String> entrypoint;
        String workdir;
        String user;
        String stopSignal;

        Draft(RunConfig base) {
            this.base = base == null ? new RunConfig(null, null, null, null, null, null, null, null, null, null,
                    null, null) : base;
            if (this.base.env() != null) {
                env.addAll(this.base.env());
            }
            if (this.base.labels() != null) {
                labels.putAll(this.base.labels());
            }
            if (this.base.exposedPorts() != null) {
                ports.putAll(this.base.exposedPorts());
            }
            if (this.base.volumes() != null) {
                volumes.putAll(this.base.volumes());
            }
            if (this.base.onBuild() != null) {
                onBuild.addAll(this.base.onBuild());
            }
            cmd = this.base.cmd();
            entrypoint = this.base.entrypoint();
            workdir = this.base.workingDir();
            user = this.base.user();
            stopSignal = this.base.stopSignal();
        }

        void env(String name, String value) {
            env.removeIf(e -> e.startsWith(name + "="));
            env.add(name + "=" + value);
        }

        RunConfig build() {
            return new RunConfig(user, ports.isEmpty() ? null : Map.copyOf(ports), env.isEmpty() ? null
                    : List.copyOf(env), entrypoint, cmd, volumes.isEmpty() ? null : Map.copyOf(volumes), workdir,
                    labels.isEmpty() ? null : Map.copyOf(labels), stopSignal, base.healthcheck(), base.shell(),
                    onBuild.isEmpty() ? null : List.copyOf(onBuild));
        }
    }
}
