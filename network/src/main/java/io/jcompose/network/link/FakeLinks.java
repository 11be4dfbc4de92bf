package io.jcompose.network.link;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links in memory for unit tests: keeps bridges, namespaces and attached endpoints as the kernel would (deleting
 * a namespace drops its veth pairs) and can be told to fail the next operation.
 */
public final class FakeLinks implements LinkManager {

    /** A bridge as created. */
    public record Bridge(String name, List<Cidr> addresses, int mtu) {
    }

    private final Map<String, Bridge> bridges = new LinkedHashMap<>();
    private final Set<String> namespaces = new LinkedHashSet<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private IOException nextFailure;
    private int veths;

    /** Makes the next call fail with this exception. */
    public synchronized void failNext(IOException failure) {
        nextFailure = failure;
    }

    @Override
    public synchronized void createBridge(String name, List<Cidr> gatewayAddresses, int mtu) throws IOException {
        fail();
        LinkNames.interfaceName(name);
        Bridge existing = bridges.get(name);
        if (existing != null) {
            if (!new LinkedHashSet<>(existing.addresses()).equals(new LinkedHashSet<>(gatewayAddresses))) {
                throw new LinkException("bridge " + name + " already exists with addresses "
                        + new LinkedHashSet<>(existing.addresses()) + ", not " + gatewayAddresses);
            }
            return;
        }
        bridges.put(name, new Bridge(name, List.copyOf(gatewayAddresses), mtu));
    }

    @Override
    public synchronized void deleteBridge(String name) throws IOException {
        fail();
        bridges.remove(name);
    }

    @Override
    public synchronized boolean bridgeExists(String name) throws IOException {
        fail();
        return bridges.containsKey(name);
    }

    @Override
    public synchronized Path createNamespace(String name) throws IOException {
        fail();
        namespaces.add(LinkNames.namespaceName(name));
        return LinkManager.namespacePath(name);
    }

    @Override
    public synchronized void deleteNamespace(String name) throws IOException {
        fail();
        namespaces.remove(name);
        for (String veth : List.copyOf(endpoints.keySet())) {
            if (endpoints.get(veth).namespace().equals(name)) {
                endpoints.remove(veth);
                attachments.remove(veth);
            }
        }
    }

    @Override
    public synchronized boolean namespaceExists(String name) throws IOException {
        fail();
        return namespaces.contains(name);
    }

    @Override
    public synchronized Attachment attach(Endpoint endpoint) throws IOException {
        fail();
        if (!bridges.containsKey(endpoint.bridge())) {
            throw new LinkException("cannot attach to bridge " + endpoint.bridge() + ": it does not exist");
        }
        if (!namespaces.contains(endpoint.namespace())) {
            throw new LinkException("cannot attach in namespace " + endpoint.namespace() + ": it does not exist");
        }
        for (Endpoint e : endpoints.values()) {
            if (e.namespace().equals(endpoint.namespace()) && e.interfaceName().equals(endpoint.interfaceName())) {
                throw new LinkException("interface " + endpoint.interfaceName() + " already exists in namespace "
                        + endpoint.namespace());
            }
        }
        String veth = "veth%07x".formatted(++veths);
        MacAddress mac = endpoint.effectiveMac() != null ? endpoint.effectiveMac()
                : new MacAddress("02:42:00:00:%02x:%02x".formatted(veths >> 8 & 0xff, veths & 0xff));
        Attachment attachment = new Attachment(veth, endpoint.bridge(), endpoint.namespace(),
                endpoint.interfaceName(), mac);
        endpoints.put(veth, endpoint);
        attachments.put(veth, attachment);
        return attachment;
    }

    @Override
    public synchronized void detach(Attachment attachment) throws IOException {
        fail();
        endpoints.remove(attachment.hostVeth());
        attachments.remove(attachment.hostVeth());
    }

    public synchronized Map<String, Bridge> bridges() {
        return Map.copyOf(bridges);
    }

    public synchronized Set<String> namespaces() {
        return Set.copyOf(namespaces);
    }

    /** The attached endpoints by host veth name, in attach order. */
    public synchronized Map<String, Endpoint> endpoints() {
        return new LinkedHashMap<>(endpoints);
    }

    public synchronized List<Attachment> attachments() {
        return new ArrayList<>(attachments.values());
    }

    /** Whether nothing is left: no bridge, namespace or veth. */
    public synchronized boolean isEmpty() {
        return bridges.isEmpty() && namespaces.isEmpty() && endpoints.isEmpty();
    }

    private void fail() throws IOException {
        IOException f = nextFailure;
        nextFailure = null;
        if (f != null) {
            throw f;
        }
    }
}
