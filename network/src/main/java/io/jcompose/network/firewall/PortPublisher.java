package io.jcompose.network.firewall;

import io.jcompose.network.ports.PortAllocator;
import io.jcompose.network.ports.PortBinder;
import io.jcompose.network.ports.PortHolders;
import io.jcompose.network.ports.PortMapping;
import io.jcompose.network.ports.PortProxy;
import io.jcompose.network.ports.PortRequest;
import io.jcompose.network.ports.PortReservation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes a container's ports in the order that makes a failure clean: bind every host port first (a taken
 * port fails before anything is made), then add the firewall's DNAT rules, then start the proxies. Holds the
 * proxies until {@link #unpublish}.
 */
public final class PortPublisher {

    private final Firewall firewall;
    private final PortAllocator allocator;
    private final Map<PortMapping, PortProxy> proxies = new ConcurrentHashMap<>();

    public PortPublisher(Firewall firewall, PortAllocator allocator) {
        this.firewall = firewall;
        this.allocator = allocator;
    }

    /** Real proxies on the host's sockets, holders named from /proc. */
    public static PortPublisher system(Firewall firewall) {
        return new PortPublisher(firewall, new PortAllocator(PortBinder.proxies(), PortHolders.system()));
    }

    /**
     * Publishes the requests for a container at {@code containerIp} on {@code bridge}; returns the concrete
     * mappings (random ports resolved). Throws {@link io.jcompose.network.ports.PortAllocatedException} when a
     * port is taken, having made nothing.
     */
    public List<PortMapping> publish(String bridge, InetAddress containerIp, List<PortRequest> requests)
            throws IOException {
        List<PortReservation> reserved = allocator.reserve(requests, containerIp);
        List<PortMapping> ruled = new ArrayList<>();
        try {
            for (PortReservation r : reserved) {
                firewall.publish(bridge, r.mapping());
                ruled.add(r.mapping());
            }
        } catch (IOException | RuntimeException e) {
            for (PortMapping m : ruled) {
                try {
                    firewall.unpublish(bridge, m);
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            reserved.forEach(r -> r.proxy().close());
            throw e;
        }
        List<PortMapping> out = new ArrayList<>();
        for (PortReservation r : reserved) {
            PortMapping m = r.mapping();
            r.proxy().forwardTo(new InetSocketAddress(m.containerIp(), m.containerPort()));
            proxies.put(m, r.proxy());
            out.add(m);
        }
        return List.copyOf(out);
    }

    /** Stops the proxies and removes the rules of these mappings; mappings not published are skipped. */
    public void unpublish(String bridge, List<PortMapping> mappings) throws IOException {
        IOException failure = null;
        for (PortMapping m : mappings) {
            PortProxy proxy = proxies.remove(m);
            if (proxy != null) {
                proxy.close();
            }
            try {
                firewall.unpublish(bridge, m);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The mappings whose proxies run now. */
    public List<PortMapping> published() {
        return List.copyOf(proxies.keySet());
    }
}
