package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a stopped engine on its own state directory must not leave on the host: bridges and firewall chains named
 * after its tag (six hex digits of the state directory's SHA-256, as the engine names them), bridges of its
 * networks, mounts under its state directory, conmon processes of its containers, its cgroup.
 */
final class Leaks {

    private Leaks() {
    }

    /** The engine's tag for a state directory other than the standard one. */
    static String tag(Path state) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 6);
    }

    /**
     * Fails, naming each (with the end of the engine's log), if anything of the engine on {@code state} (with
     * networks {@code networkIds}) is left.
     */
    static void assertNoneOf(Path state, Collection<String> networkIds, String engineLog) throws Exception {
        String tag = tag(state);
        List<String> left = new ArrayList<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            left = found(state, tag, networkIds);
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(250); // conmon and the engine's shutdown may take a moment
        }
        assertThat(left).as("left behind by the engine on " + state + " (tag " + tag + "); the end of its log:\n"
                + engineLog).isEmpty();
    }

    private static List<String> found(Path state, String tag, Collection<String> networkIds) throws Exception {
        List<String> left = new ArrayList<>();
        List<String> bridges = new ArrayList<>(List.of("jc0-" + tag));
        networkIds.stream().filter(id -> id.length() >= 12).map(id -> "jc-" + id.substring(0, 12))
                .forEach(bridges::add);
        for (String bridge : bridges) {
            if (Files.exists(Path.of("/sys/class/net", bridge))) {
                left.add("bridge " + bridge);
            }
        }
        String chain = "JC" + tag.toUpperCase(Locale.ROOT);
        for (String save : List.of("iptables-save", "ip6tables-save")) {
            String rules = output(save);
            rules.lines().filter(l -> l.contains(chain)).findFirst()
                    .ifPresent(l -> left.add(save + ": " + l));
        }
        String prefix = state + "/";
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && (fields[4] + "/").startsWith(prefix)) {
                left.add("mount " + fields[4]);
            }
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.forEach(p -> {
                String cmdline = cmdline(p.pid());
                if (cmdline.contains("conmon") && cmdline.contains(prefix)) {
                    left.add("conmon pid " + p.pid() + ": " + cmdline);
                }
            });
        }
        if (Files.exists(Path.of("/sys/fs/cgroup/jcompose-" + tag))) {
            left.add("cgroup /sys/fs/cgroup/jcompose-" + tag);
        }
        return left;
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // the process has gone
        }
    }

    private static String output(String command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return ""; // not installed: the engine could have made no rule with it either
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
