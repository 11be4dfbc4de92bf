package io.jcompose.network.firewall;

import io.jcompose.network.link.ProcSysctl;
import io.jcompose.network.link.Sysctl;
import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.PortMapping;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firewall on iptables/ip6tables (here the nf_tables backend): each change reads {@code iptables-save}, works
 * out which of its rules are missing (or present, to remove), and applies them in one atomic
 * {@code iptables-restore --noflush} batch. Adding also restores any missing chain or jump of the base, so the
 * firewall heals after someone flushes a built-in chain.
 */
public final class IptablesFirewall implements Firewall {

    private static final Logger LOG = LoggerFactory.getLogger(IptablesFirewall.class);
    private static final List<String> TABLES = List.of("filter", "nat");

    private final CommandRunner runner;
    private final Sysctl sysctl;
    private final Rules rules;

    public IptablesFirewall(CommandRunner runner, Sysctl sysctl, String chainPrefix) {
        this.runner = runner;
        this.sysctl = sysctl;
        this.rules = new Rules(chainPrefix);
    }

    /** The engine's firewall: real commands, the host's sysctls, chains named {@code JCOMPOSE-*}. */
    public static IptablesFirewall system() {
        return new IptablesFirewall(CommandRunner.processes(), new ProcSysctl(), "JCOMPOSE");
    }

    @Override
    public void ensureBase() throws IOException {
        sysctl.set(Family.IPV4.forwardingSysctl(), "1");
        add(Family.IPV4, List.of());
    }

    @Override
    public void addNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) throws IOException {
        Family f = Family.of(subnet.address());
        if (f == Family.IPV6) {
            sysctl.set(f.forwardingSysctl(), "1");
        }
        add(f, rules.network(bridge, subnet, internal, icc));
    }

    @Override
    public void removeNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) throws IOException {
        remove(Family.of(subnet.address()), rules.network(bridge, subnet, internal, icc));
    }

    @Override
    public void publish(String bridge, PortMapping mapping) throws IOException {
        List<Rule> r = rules.port(bridge, mapping);
        if (!r.isEmpty()) {
            add(r.getFirst().family(), r);
        }
    }

    @Override
    public void unpublish(String bridge, PortMapping mapping) throws IOException {
        List<Rule> r = rules.port(bridge, mapping);
        if (!r.isEmpty()) {
            remove(r.getFirst().family(), r);
        }
    }

    @Override
    public synchronized void removeBase() throws IOException {
        for (Family f : Family.values()) {
            SavedRules saved;
            try {
                saved = save(f);
            } catch (IOException e) {
                LOG.debug("{} unavailable: {}", f.saveCommand(), e.getMessage());
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (String table : TABLES) {
                List<String> t = new ArrayList<>();
                rules.base(f).stream().filter(r -> r.table().equals(table) && !rules.owns(r.chain()))
                        .filter(saved::has).forEach(r -> t.add(r.deleteLine()));
                List<String> ours = saved.chains(table).stream().filter(rules::owns).toList();
                ours.forEach(c -> t.add("-F " + c));
                ours.forEach(c -> t.add("-X " + c));
                block(lines, table, t);
            }
            restore(f, lines);
        }
    }

    private synchronized void add(Family f, List<Rule> wanted) throws IOException {
        SavedRules saved = save(f);
        List<Rule> all = new ArrayList<>(rules.base(f));
        all.addAll(wanted);
        List<String> lines = new ArrayList<>();
        for (List<String> tableChains : rules.chains()) {
            String table = tableChains.getFirst();
            List<String> t = new ArrayList<>();
            tableChains.subList(1, tableChains.size()).stream().filter(c -> !saved.hasChain(table, c))
                    .forEach(c -> t.add(":" + c + " - [0:0]"));
            all.stream().filter(r -> r.table().equals(table) && !saved.has(r)).distinct()
                    .forEach(r -> t.add(r.addLine()));
            block(lines, table, t);
        }
        restore(f, lines);
    }

    private synchronized void remove(Family f, List<Rule> unwanted) throws IOException {
        SavedRules saved = save(f);
        List<String> lines = new ArrayList<>();
        for (String table : TABLES) {
            List<String> t = new ArrayList<>();
            unwanted.stream().filter(r -> r.table().equals(table) && saved.has(r)).distinct()
                    .forEach(r -> t.add(r.deleteLine()));
            block(lines, table, t);
        }
        restore(f, lines);
    }

    private static void block(List<String> lines, String table, List<String> body) {
        if (!body.isEmpty()) {
            lines.add("*" + table);
            lines.addAll(body);
            lines.add("COMMIT");
        }
    }

    private SavedRules save(Family f) throws IOException {
        CommandRunner.Result r = runner.run(List.of(f.saveCommand()), "");
        if (r.exitCode() != 0) {
            throw new IOException(f.saveCommand() + " failed (exit " + r.exitCode() + "): " + r.stderr().strip());
        }
        return SavedRules.parse(r.stdout());
    }

    private void restore(Family f, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        String batch = String.join("\n", lines) + "\n";
        LOG.debug("{} --noflush:\n{}", f.restoreCommand(), batch);
        CommandRunner.Result r = runner.run(List.of(f.restoreCommand(), "--noflush"), batch);
        if (r.exitCode() != 0) {
            throw new IOException(f.restoreCommand() + " failed (exit " + r.exitCode() + "): " + r.stderr().strip()
                    + "\n" + batch);
        }
    }
}
