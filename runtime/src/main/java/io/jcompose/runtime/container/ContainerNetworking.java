package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.EndpointSettingsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a starting container on its networks and takes it off when it stops; implemented by the engine's network
 * service, so containers need not know about bridges, addresses or name servers.
 */
public interface ContainerNetworking {

    /** No networks: every container gets an empty namespace of its own (runc makes it). */
    ContainerNetworking NONE = new ContainerNetworking() {
        @Override
        public Connected connect(ContainerRecord record) {
            return Connected.NOTHING;
        }

        @Override
        public void disconnect(ContainerRecord record) {
        }

        @Override
        public Map<String, EndpointSettingsJson> endpoints(ContainerRecord record) {
            return Map.of();
        }
    };

    /** Makes the container's network namespace and endpoints, before its process starts. */
    Connected connect(ContainerRecord record) throws IOException;

    /** Removes its endpoints and namespace (idempotent: also after a failed connect). */
    void disconnect(ContainerRecord record) throws IOException;

    /** Its endpoints by network name, as inspect shows them (addresses only while it runs). */
    Map<String, EndpointSettingsJson> endpoints(ContainerRecord record);

    /** Its published ports as {@code NetworkSettings.Ports} shows them (while it runs). */
    default Map<String, List<io.jcompose.engine.api.json.HostConfigJson.PortBindingJson>> ports(
            ContainerRecord record) {
        return Map.of();
    }

    /**
     * What the container's process needs: the namespace to join (empty: a new one from runc, or the host's for
     * {@code host} mode, which the spec handles), {@code /etc/hosts} lines for its own addresses, and the name
     * servers for {@code /etc/resolv.conf} (the networks' embedded DNS; empty: the host's).
     */
    record Connected(Optional<Path> namespace, List<String> hostsEntries, List<String> nameservers) {
        public static final Connected NOTHING = new Connected(Optional.empty(), List.of(), List.of());
    }
}
