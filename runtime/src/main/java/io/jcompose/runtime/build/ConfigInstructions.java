package io.jcompose.runtime.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The instructions that change only the image's config (ENV, LABEL, WORKDIR, USER, CMD, ENTRYPOINT, EXPOSE,
 * VOLUME, HEALTHCHECK, STOPSIGNAL, SHELL, ONBUILD, MAINTAINER), with substitution where docker applies it.
 */
final class ConfigInstructions {

    static final Set<String> KEYWORDS = Set.of("ENV", "LABEL", "WORKDIR", "USER", "CMD", "ENTRYPOINT", "EXPOSE",
            "VOLUME", "HEALTHCHECK", "STOPSIGNAL", "SHELL", "ONBUILD", "MAINTAINER");

    private ConfigInstructions() {
    }

    /** Applies {@code i} to the stage; returns the instruction text after substitution, for the history. */
    static String apply(Instruction i, StageState s, char escape, String file) {
        ConfigDraft c = s.config;
        Map<String, String> vars = s.vars();
        switch (i.keyword()) {
            case "ENV" -> pairs(i, vars, escape, file, true).forEach(c::env);
            case "LABEL" -> c.labels.putAll(pairs(i, vars, escape, file, false));
            case "WORKDIR" -> c.workdir = ContextPaths.inImage(c.workdir, ShellWords.word(i.args(), vars, escape));
            case "USER" -> c.user = ShellWords.word(i.args(), vars, escape);
            case "STOPSIGNAL" -> c.stopSignal = ShellWords.word(i.args(), vars, escape);
            case "EXPOSE" -> ShellWords.words(i.args(), vars, escape).forEach(p -> c.ports.put(
                    p.contains("/") ? p.toLowerCase(Locale.ROOT) : p + "/tcp", Map.of()));
            case "VOLUME" -> i.exec().orElseGet(() -> ShellWords.words(i.args(), vars, escape))
                    .forEach(v -> c.volumes.put(v, Map.of()));
            case "CMD" -> c.cmd = command(i, c);
            case "ENTRYPOINT" -> {
                c.entrypoint = command(i, c);
                c.cmd = null;
            }
            case "SHELL" -> c.shell = i.exec().orElseThrow(() -> new DockerfileException(file, i.line(),
                    "SHELL requires the arguments to be in JSON form"));
            case "ONBUILD" -> {
                String inner = i.args().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
                if (Set.of("ONBUILD", "FROM", "MAINTAINER").contains(inner)) {
                    throw new DockerfileException(file, i.line(), inner + " isn't allowed as an ONBUILD trigger");
                }
                c.onBuild.add(i.args());
            }
            case "HEALTHCHECK" -> c.healthcheck = healthcheck(i, c, file);
            case "MAINTAINER" -> {
                // deprecated; docker puts it in the author field, which the history already shows
            }
            default -> throw new IllegalArgumentException(i.keyword());
        }
        return i.keyword() + " " + i.args();
    }

    private static List<String> command(Instruction i, ConfigDraft c) {
        if (i.exec().isPresent()) {
            return i.exec().get();
        }
        List<String> argv = new ArrayList<>(c.shellOrDefault());
        argv.add(i.args());
        return argv;
    }

    /** {@code K=V K2="v 2"}, or (ENV only) the legacy {@code NAME the rest}. */
    private static Map<String, String> pairs(Instruction i, Map<String, String> vars, char escape, String file,
            boolean legacy) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> raw = List.of(i.args().split("\\s+", 2));
        if (legacy && !raw.getFirst().contains("=")) {
            if (raw.size() < 2) {
                throw new DockerfileException(file, i.line(), "ENV must have two arguments");
            }
            out.put(raw.getFirst(), ShellWords.word(raw.get(1), vars, escape));
            return out;
        }
        for (String w : ShellWords.words(i.args(), vars, escape)) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new DockerfileException(file, i.line(), i.keyword() + " names can not be blank or miss their"
                        + " value: \"" + w + "\" is not NAME=VALUE");
            }
            out.put(w.substring(0, eq), w.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, Object> healthcheck(Instruction i, ConfigDraft c, String file) {
        String args = i.args().strip();
        if (args.equalsIgnoreCase("NONE")) {
            return Map.of("Test", List.of("NONE"));
        }
        String[] parts = args.split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("CMD") || parts.length < 2) {
            throw new DockerfileException(file, i.line(), "Unknown type \"" + parts[0] + "\" in HEALTHCHECK "
                    + "(try CMD or NONE)");
        }
        Map<String, Object> h = new LinkedHashMap<>();
        var exec = DockerfileParser.json(parts[1]);
        List<String> test = new ArrayList<>();
        if (exec.isPresent()) {
            test.add("CMD");
            test.addAll(exec.get());
        } else {
            test.add("CMD-SHELL");
            test.add(parts[1]);
        }
        h.put("Test", test);
        i.flag("interval").ifPresent(v -> h.put("Interval", nanos(v, i, file)));
        i.flag("timeout").ifPresent(v -> h.put("Timeout", nanos(v, i, file)));
        i.flag("start-period").ifPresent(v -> h.put("StartPeriod", nanos(v, i, file)));
        i.flag("start-interval").ifPresent(v -> h.put("StartInterval", nanos(v, i, file)));
        i.flag("retries").ifPresent(v -> h.put("Retries", Integer.parseInt(v)));
        return h;
    }

    /** Go durations as HEALTHCHECK takes them: {@code 30s}, {@code 1m30s}, {@code 500ms}. */
    static long nanos(String text, Instruction i, String file) {
        var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)").matcher(text);
        double total = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            total += n * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            end = m.end();
        }
        if (end != text.length() || text.isEmpty()) {
            throw new DockerfileException(file, i.line(), "time: invalid duration \"" + text + "\"");
        }
        return Duration.ofNanos((long) total).toNanos();
    }
}
