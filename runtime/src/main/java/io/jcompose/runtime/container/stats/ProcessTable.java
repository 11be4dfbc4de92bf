package io.jcompose.runtime.container.stats;

import io.jcompose.engine.api.json.ContainerTopJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code docker top}: the host's {@code ps} (default {@code -ef}) over the processes of the container's cgroup,
 * keeping the rows whose PID is the container's (and the thread rows that follow them, for {@code m}).
 */
public final class ProcessTable {

    private static final Pattern FIELDS = Pattern.compile("[ \\t\\n\\u000B\\f\\r]+");
    private static final Pattern KEY_AS_PID = Pattern.compile("\\s+(\\S*)=\\s*(PID\\S*)");

    private final CgroupFs cgroups;
    private final PsCommand ps;

    public ProcessTable(CgroupFs cgroups, PsCommand ps) {
        this.cgroups = cgroups;
        this.ps = ps;
    }

    public static ProcessTable host() {
        return new ProcessTable(CgroupFs.host(), PsCommand.host());
    }

    /** The host's processes, containers under the cgroup {@code parent}. */
    public static ProcessTable host(String parent) {
        return new ProcessTable(CgroupFs.host(parent), PsCommand.host());
    }

    /** The container's processes as host PIDs, ascending. */
    public List<Long> pids(String containerId) throws IOException {
        return cgroups.pids(containerId);
    }

    /**
     * Runs ps with {@code psArgs} (split on spaces; empty means {@code -ef}) and keeps the container's rows. Asks ps
     * for just those PIDs ({@code -q}) and, when ps refuses that with the arguments given, for all processes.
     */
    public ContainerTopJson top(String containerId, String psArgs) throws IOException {
        String argsText = psArgs == null || psArgs.isBlank() ? "-ef" : psArgs;
        validate(argsText);
        List<Long> pids = pids(containerId);
        List<String> args = Arrays.stream(argsText.split(" ")).filter(a -> !a.isEmpty()).toList();
        List<String> quick = new ArrayList<>(args);
        quick.add("-q" + pids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        String output;
        try {
            output = ps.run(quick);
        } catch (IOException first) {
            try {
                output = ps.run(args);
            } catch (IOException e) {
                throw new IOException("ps: " + e.getMessage(), e);
            }
        }
        return parse(output, new HashSet<>(pids));
    }

    /** Docker refuses a column renamed to {@code PID} (it would confuse the filter) unless it is the pid column. */
    static void validate(String psArgs) {
        Matcher m = KEY_AS_PID.matcher(psArgs);
        while (m.find()) {
            if (!m.group(1).equals("pid")) {
                throw new IllegalArgumentException("specifying \"" + m.group(1) + "=" + m.group(2)
                        + "\" is not allowed");
            }
        }
    }

    static ContainerTopJson parse(String output, Set<Long> pids) throws IOException {
        List<String> lines = output.lines().toList();
        if (lines.isEmpty()) {
            throw new IOException("ps printed nothing");
        }
        List<String> titles = fields(lines.getFirst());
        int pidColumn = titles.indexOf("PID");
        if (pidColumn < 0) {
            throw new IOException("Couldn't find PID field in ps output");
        }
        List<List<String>> rows = new ArrayList<>();
        boolean lastWasOurs = false;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (f.size() <= pidColumn) {
                continue;
            }
            String pid = f.get(pidColumn);
            if (pid.equals("-")) {
                if (lastWasOurs) {
                    rows.add(row(f, titles.size()));
                }
                continue;
            }
            long p;
            try {
                p = Long.parseLong(pid);
            } catch (NumberFormatException e) {
                throw new IOException("Unexpected pid '" + pid + "': not a number", e);
            }
            lastWasOurs = pids.contains(p);
            if (lastWasOurs) {
                rows.add(row(f, titles.size()));
            }
        }
        return new ContainerTopJson(titles, rows);
    }

    /** As many columns as titles: what spills over (the command's arguments) joins the last one. */
    private static List<String> row(List<String> fields, int columns) {
        if (fields.size() <= columns) {
            return fields;
        }
        List<String> row = new ArrayList<>(fields.subList(0, columns - 1));
        row.add(String.join(" ", fields.subList(columns - 1, fields.size())));
        return row;
    }

    private static List<String> fields(String line) {
        String s = line.strip();
        return s.isEmpty() ? List.of() : List.of(FIELDS.split(s));
    }
}
