package io.jcompose.network.link;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The kernel's links as a network needs them (bridges, namespaces, veth pairs), behind one interface so that the
 * engine's tests run on {@link FakeLinks} and only integration tests touch the host ({@link IpLinks}).
 */
public interface LinkManager {

    /** Creates a bridge with its gateway addresses and brings it up; no-op if it exists with the same addresses. */
    void createBridge(String name, List<Cidr> gatewayAddresses, int mtu) throws IOException;

    /** Deletes a bridge; no-op if there is none. */
    void deleteBridge(String name) throws IOException;

    boolean bridgeExists(String name) throws IOException;

    /** Creates a named network namespace with its loopback up and returns its path ({@code /run/netns/NAME}). */
    Path createNamespace(String name) throws IOException;

    /** Deletes a named namespace (and the container sides of its veth pairs); no-op if there is none. */
    void deleteNamespace(String name) throws IOException;

    boolean namespaceExists(String name) throws IOException;

    /** Connects a namespace to a bridge with a veth pair configured as the endpoint says. */
    Attachment attach(Endpoint endpoint) throws IOException;

    /** Removes the veth pair of an attachment; no-op if it is already gone (its namespace deleted, say). */
    void detach(Attachment attachment) throws IOException;

    /** The path of a named namespace, as runc's {@code linux.namespaces[].path} takes it. */
    static Path namespacePath(String name) {
        return Path.of("/run/netns", LinkNames.namespaceName(name));
    }
}
