package io.jcompose.cli.compose.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a private dockerd on its own directory must not leave on the host once stopped: processes naming that
 * directory (dockerd, containerd, shims, docker-proxy), mounts under it, bridges of its networks, DOCKER firewall
 * chains or rules, its cgroup, a key in /etc/docker. Taken as a snapshot before it starts, so that what was already
 * there is not blamed on it.
 */
final class DockerdLeaks {

    private static final Path KEY = Path.of("/etc/docker/key.json");

    private final Path dir;
    private final String cgroup;
    private final Set<String> rulesBefore;
    private final boolean keyBefore;

    private DockerdLeaks(Path dir, String cgroup, Set<String> rulesBefore, boolean keyBefore) {
        this.dir = dir;
        this.cgroup = cgroup;
        this.rulesBefore = rulesBefore;
        this.keyBefore = keyBefore;
    }

    /** The host's state before a dockerd on {@code dir} with cgroup parent {@code /CGROUP} starts. */
    static DockerdLeaks before(Path dir, String cgroup) throws Exception {
        return new DockerdLeaks(dir, cgroup, dockerRules(), Files.exists(KEY));
    }

    /** Processes whose command line names the daemon's directory: its daemon, containerd, shims and proxies. */
    List<ProcessHandle> processes() {
        String marker = dir.toString() + "/";
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> cmdline(p.pid()).contains(marker)).toList();
        }
    }

    /** Mount points under the daemon's directory, deepest first. */
    List<String> mounts() throws IOException {
        String prefix = dir + "/";
        List<String> mounts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && (fields[4] + "/").startsWith(prefix)) {
                mounts.add(fields[4]);
            }
        }
        mounts.sort((a, b) -> b.length() - a.length());
        return mounts;
    }

    /** The daemon's cgroup directories, one per hierarchy ({@code /sys/fs/cgroup/*&#47;CGROUP}). */
    List<Path> cgroups() throws IOException {
        try (Stream<Path> hierarchies = Files.list(Path.of("/sys/fs/cgroup"))) {
            return hierarchies.map(h -> h.resolve(cgroup)).filter(Files::isDirectory).toList();
        }
    }

    /** What is left, each named; {@code networkIds} are the ids of every network the daemon had. */
    List<String> found(Collection<String> networkIds) throws Exception {
        List<String> left = new ArrayList<>();
        processes().forEach(p -> left.add("process " + p.pid() + ": " + cmdline(p.pid())));
        mounts().forEach(m -> left.add("mount " + m));
        cgroups().forEach(c -> left.add("cgroup " + c));
        for (String id : networkIds) {
            String bridge = "br-" + id.substring(0, Math.min(12, id.length()));
            if (Files.exists(Path.of("/sys/class/net", bridge))) {
                left.add("bridge " + bridge);
            }
        }
        for (String rule : dockerRules()) {
            if (!rulesBefore.contains(rule)) {
                left.add("iptables: " + rule);
            }
        }
        if (!keyBefore && Files.exists(KEY)) {
            left.add("file " + KEY);
        }
        return left;
    }

    /** The chains and rules of iptables and ip6tables that name DOCKER, without their counters. */
    private static Set<String> dockerRules() throws Exception {
        Set<String> rules = new TreeSet<>();
        for (String save : List.of("iptables-save", "ip6tables-save")) {
            Process p;
            try {
                p = new ProcessBuilder(save).redirectErrorStream(true).start();
            } catch (IOException e) {
                continue; // not installed: dockerd could have made no rule with it either
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            out.lines().filter(l -> l.contains("DOCKER") && !l.startsWith("#"))
                    .map(l -> save + " " + l.replaceAll("\\[\\d+:\\d+]", "")).forEach(rules::add);
        }
        return rules;
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException e) {
            return ""; // the process has gone
        }
    }
}
