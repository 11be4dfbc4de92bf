package io.jcompose.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds one dependency cycle to report, deterministically: in the strongly connected component holding the
 * alphabetically first service that lies on a cycle, the shortest cycle through that service (ties broken by
 * name), printed from it and back to it.
 */
final class Cycles {

    private Cycles() {
    }

    static Optional<List<String>> find(Graph<String, DefaultEdge> graph) {
        TreeSet<String> onCycle = new TreeSet<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() > 1) {
                onCycle.addAll(component);
            }
        }
        for (String v : graph.vertexSet()) {
            if (graph.containsEdge(v, v)) {
                onCycle.add(v);
            }
        }
        if (onCycle.isEmpty()) {
            return Optional.empty();
        }
        String start = onCycle.first();
        if (graph.containsEdge(start, start)) {
            return Optional.of(List.of(start, start));
        }
        return Optional.of(shortestCycle(graph, start));
    }

    private static List<String> shortestCycle(Graph<String, DefaultEdge> graph, String start) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String next : successors(graph, current)) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String v = current; !v.equals(start); v = parent.get(v)) {
                        path.add(v);
                    }
                    Collections.reverse(path.subList(1, path.size()));
                    path.add(start);
                    return path;
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    private static TreeSet<String> successors(Graph<String, DefaultEdge> graph, String v) {
        TreeSet<String> out = new TreeSet<>();
        graph.outgoingEdgesOf(v).forEach(e -> out.add(graph.getEdgeTarget(e)));
        return out;
    }
}
