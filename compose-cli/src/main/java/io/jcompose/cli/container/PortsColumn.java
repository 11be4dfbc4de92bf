package io.jcompose.cli.container;

import io.jcompose.engine.api.json.ContainerSummaryJson.PortJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PORTS column of {@code docker ps}: consecutive ports published on the same address and number (or not
 * published) collapse into ranges ({@code 0.0.0.0:80-81->80-81/tcp}, {@code 5000-5001/udp}); a port published
 * on another number stays one {@code HOST:PORT->PORT/PROTO} entry, listed last.
 */
public final class PortsColumn {

    private PortsColumn() {
    }

    /** A run of consecutive container ports. */
    private static final class Run {
        final int first;
        int last;

        Run(int port) {
            this.first = port;
            this.last = port;
        }
    }

    public static String of(List<PortJson> ports) {
        if (ports == null || ports.isEmpty()) {
            return "";
        }
        List<PortJson> sorted = new ArrayList<>(ports);
        sorted.sort(Comparator.comparingInt(PortJson::privatePort)
                .thenComparing(p -> p.ip() == null ? "" : p.ip())
                .thenComparingInt(PortsColumn::publicPort)
                .thenComparing(p -> p.type() == null ? "" : p.type()));
        List<String> out = new ArrayList<>();
        List<String> remapped = new ArrayList<>();
        Map<String, Run> runs = new LinkedHashMap<>();
        for (PortJson p : sorted) {
            String ip = p.ip() == null ? "" : p.ip();
            String key = p.type();
            if (!ip.isEmpty()) {
                if (publicPort(p) != p.privatePort()) {
                    String host = ip.contains(":") ? "[" + ip + "]" : ip;
                    remapped.add(host + ":" + publicPort(p) + "->" + p.privatePort() + "/" + p.type());
                    continue;
                }
                key = ip + "/" + p.type();
            }
            Run run = runs.get(key);
            if (run != null && p.privatePort() == run.last + 1) {
                run.last = p.privatePort();
                continue;
            }
            if (run != null) {
                out.add(format(key, run));
            }
            runs.put(key, new Run(p.privatePort()));
        }
        runs.forEach((key, run) -> out.add(format(key, run)));
        out.addAll(remapped);
        return String.join(", ", out);
    }

    private static String format(String key, Run run) {
        int slash = key.lastIndexOf('/');
        String ip = slash < 0 ? "" : key.substring(0, slash);
        String type = slash < 0 ? key : key.substring(slash + 1);
        String ports = run.first == run.last ? Integer.toString(run.first) : run.first + "-" + run.last;
        return (ip.isEmpty() ? ports : ip + ":" + ports + "->" + ports) + "/" + type;
    }

    private static int publicPort(PortJson p) {
        return p.publicPort() == null ? 0 : p.publicPort();
    }
}
