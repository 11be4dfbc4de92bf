package io.jcompose.network.firewall;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What {@code iptables-save} printed, per table: the chains and the rule lines, to diff against. */
record SavedRules(Map<String, Set<String>> chains, Map<String, Set<String>> rules) {

    static SavedRules parse(String text) {
        Map<String, Set<String>> chains = new HashMap<>();
        Map<String, Set<String>> rules = new HashMap<>();
        String table = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("*")) {
                table = line.substring(1).strip();
                chains.put(table, new LinkedHashSet<>());
                rules.put(table, new HashSet<>());
            } else if (table != null && line.startsWith(":")) {
                chains.get(table).add(line.substring(1).split(" ")[0]);
            } else if (table != null && line.startsWith("-A ")) {
                rules.get(table).add(line.strip());
            }
        }
        return new SavedRules(chains, rules);
    }

    boolean hasChain(String table, String chain) {
        return chains.getOrDefault(table, Set.of()).contains(chain);
    }

    boolean has(Rule rule) {
        return rules.getOrDefault(rule.table(), Set.of()).contains(rule.saved());
    }

    Set<String> chains(String table) {
        return chains.getOrDefault(table, Set.of());
    }
}
