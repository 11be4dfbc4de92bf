package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Action.CreateNetwork;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Ipam;
import io.jcompose.model.project.Network;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Makes the project's networks as docker compose does (its labels, driver, IPAM) and checks external ones exist. */
final class NetworkSteps {

    private final NetworkApi networks;
    private final Desired desired;
    private final Progress progress;
    private final String version;

    NetworkSteps(NetworkApi networks, Desired desired, Progress progress, String version) {
        this.networks = networks;
        this.desired = desired;
        this.progress = progress;
        this.version = version;
    }

    /** Creates one network and returns its id. */
    String create(CreateNetwork action) throws IOException {
        Network n = desired.project().networks().get(action.key());
        progress.report(ProgressEvent.working("Network", n.name(), "Creating"));
        try {
            String id = networks.create(body(action.key(), n));
            progress.report(ProgressEvent.done("Network", n.name(), "Created"));
            return id;
        } catch (IOException e) {
            progress.report(ProgressEvent.error("Network", n.name(), "Error"));
            throw e;
        }
    }

    NetworkCreateJson body(String key, Network n) {
        Map<String, String> labels = new TreeMap<>(n.labels());
        labels.put(Labels.PROJECT, desired.name());
        labels.put(Labels.NETWORK, key);
        labels.put(Labels.VERSION, version);
        return new NetworkCreateJson(n.name(), true, n.driver() == null || n.driver().isEmpty() ? "bridge"
                : n.driver(), null, n.internal() ? true : null, n.attachable() ? true : null, null, ipam(n.ipam()),
                n.enableIpv6(), n.driverOpts().isEmpty() ? null : n.driverOpts(), labels);
    }

    private static IpamJson ipam(Ipam ipam) {
        if (ipam == null) {
            return null;
        }
        List<IpamJson.Config> pools = ipam.config().stream().map(p -> new IpamJson.Config(p.subnet(), p.ipRange(),
                p.gateway(), p.auxAddresses().isEmpty() ? null : p.auxAddresses())).toList();
        return new IpamJson(ipam.driver(), pools.isEmpty() ? null : pools,
                ipam.options().isEmpty() ? null : ipam.options());
    }

    /** Fails as docker compose does when an external network a service uses is missing. */
    void ensureExternal() throws IOException {
        for (Map.Entry<String, Network> e : desired.project().networks().entrySet()) {
            if (!e.getValue().external()) {
                continue;
            }
            try {
                networks.inspect(e.getValue().name());
            } catch (EngineApiException ex) {
                if (ex.isNotFound()) {
                    throw new ComposeException("network " + e.getValue().name()
                            + " declared as external, but could not be found");
                }
                throw ex;
            }
        }
    }
}
