package io.jcompose.network.firewall;

import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.PortMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An in-memory firewall for unit tests: keeps the rules {@link IptablesFirewall} would have in the kernel, in the
 * same order and the same text, with the same idempotent add and exact remove.
 */
public final class FakeFirewall implements Firewall {

    private static final List<String> BUILT_IN = List.of("FORWARD", "PREROUTING", "OUTPUT", "POSTROUTING");

    private final Rules rules;
    private final Map<String, List<String>> chains = new LinkedHashMap<>();
    private final Set<String> forwarding = new TreeSet<>();

    public FakeFirewall(String chainPrefix) {
        this.rules = new Rules(chainPrefix);
    }

    public FakeFirewall() {
        this("JCOMPOSE");
    }

    /** Every rule, as {@code [ip6 ]TABLE -A CHAIN SPEC}, built-in chains first, then ours in creation order. */
    public synchronized List<String> rules() {
        List<String> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(chains.keySet());
        keys.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String key : keys) {
            String[] k = key.split(" ");
            String family = k[0].equals(Family.IPV6.name()) ? "ip6 " : "";
            chains.get(key).forEach(spec -> out.add(family + k[1] + " -A " + k[2] + " " + spec));
        }
        return List.copyOf(out);
    }

    /** The chains that exist, as {@code [ip6 ]TABLE CHAIN} (our chains only; built-ins always exist). */
    public synchronized List<String> chains() {
        return chains.keySet().stream().filter(k -> !BUILT_IN.contains(k.split(" ")[2]))
                .map(k -> (k.startsWith(Family.IPV6.name()) ? "ip6 " : "") + k.substring(k.indexOf(' ') + 1))
                .toList();
    }

    /** The forwarding sysctls turned on. */
    public synchronized Set<String> forwarding() {
        return Set.copyOf(forwarding);
    }

    @Override
    public synchronized void ensureBase() {
        forwarding.add(Family.IPV4.forwardingSysctl());
        add(Family.IPV4, List.of());
    }

    @Override
    public synchronized void addNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) {
        Family f = Family.of(subnet.address());
        if (f == Family.IPV6) {
            forwarding.add(f.forwardingSysctl());
        }
        add(f, rules.network(bridge, subnet, internal, icc));
    }

    @Override
    public synchronized void removeNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) {
        rules.network(bridge, subnet, internal, icc).forEach(this::delete);
    }

    @Override
    public synchronized void publish(String bridge, PortMapping mapping) {
        List<Rule> r = rules.port(bridge, mapping);
        if (!r.isEmpty()) {
            add(r.getFirst().family(), r);
        }
    }

    @Override
    public synchronized void unpublish(String bridge, PortMapping mapping) {
        rules.port(bridge, mapping).forEach(this::delete);
    }

    @Override
    public synchronized void removeBase() {
        for (Family f : Family.values()) {
            rules.base(f).stream().filter(r -> !rules.owns(r.chain())).forEach(this::delete);
        }
        chains.keySet().removeIf(k -> rules.owns(k.split(" ")[2]));
        chains.values().removeIf(List::isEmpty);
    }

    private void add(Family f, List<Rule> wanted) {
        for (List<String> t : rules.chains()) {
            t.subList(1, t.size()).forEach(c -> chains.computeIfAbsent(key(f, t.getFirst(), c), k -> new ArrayList<>()));
        }
        List<Rule> all = new ArrayList<>(rules.base(f));
        all.addAll(wanted);
        for (Rule r : all) {
            List<String> chain = chains.computeIfAbsent(key(f, r.table(), r.chain()), k -> new ArrayList<>());
            if (!chain.contains(r.spec())) {
                chain.add(r.first() ? 0 : chain.size(), r.spec());
            }
        }
    }

    private void delete(Rule r) {
        String key = key(r.family(), r.table(), r.chain());
        List<String> chain = chains.get(key);
        if (chain != null) {
            chain.remove(r.spec());
            if (chain.isEmpty() && BUILT_IN.contains(r.chain())) {
                chains.remove(key);
            }
        }
    }

    private static String key(Family f, String table, String chain) {
        return f.name() + " " + table + " " + chain;
    }

    private static int rank(String key) {
        String[] k = key.split(" ");
        int table = k[1].equals("filter") ? 0 : 1;
        int builtIn = BUILT_IN.contains(k[2]) ? 0 : 1;
        return (k[0].equals(Family.IPV6.name()) ? 4 : 0) + table * 2 + builtIn;
    }
}
