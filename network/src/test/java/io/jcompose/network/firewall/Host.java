package io.jcompose.network.firewall;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Commands the integration test runs on the host (ip, iptables-save), failing loudly. */
final class Host {

    private Host() {
    }

    static String run(String... argv) throws IOException {
        CommandRunner.Result r = CommandRunner.processes().run(List.of(argv), "");
        if (r.exitCode() != 0) {
            throw new IOException(String.join(" ", argv) + " failed (exit " + r.exitCode() + "): " + r.stderr());
        }
        return r.stdout();
    }

    static void quietly(String... argv) {
        try {
            CommandRunner.processes().run(List.of(argv), "");
        } catch (IOException ignored) {
            // cleanup of something that may already be gone
        }
    }

    /**
     * The filter and nat tables as iptables-save prints them without comments and counters; a table with only
     * built-in chains at policy ACCEPT and no rule is left out (nf_tables keeps a table once iptables touched it).
     */
    static String iptables(String save) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("filter", "nat")) {
            List<String> lines = Arrays.stream(run(save, "-t", table).split("\n"))
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.replaceAll(" \\[\\d+:\\d+]$", "")).toList();
            boolean empty = lines.stream().allMatch(l -> l.startsWith("*") || l.equals("COMMIT")
                    || l.matches(":(INPUT|FORWARD|OUTPUT|PREROUTING|POSTROUTING) ACCEPT"));
            if (!empty) {
                out.append(String.join("\n", lines)).append('\n');
            }
        }
        return out.toString();
    }

    /** The names of the host's links. */
    static List<String> links() throws IOException {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("^\\d+: ([^:@]+)", Pattern.MULTILINE).matcher(run("ip", "-o", "link"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The packet count of the nat rule that contains {@code fragment}. */
    static long natPackets(String fragment) throws IOException {
        for (String line : run("iptables-save", "-c", "-t", "nat").split("\n")) {
            if (line.contains(fragment)) {
                return Long.parseLong(line.substring(1, line.indexOf(':')));
            }
        }
        throw new IOException("no nat rule with " + fragment);
    }
}
