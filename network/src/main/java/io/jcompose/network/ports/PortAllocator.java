package io.jcompose.network.ports;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns port requests into concrete mappings by binding each host port (so a taken port fails before any rule or
 * container is made): a fixed port or the first free one of a range, or any free port (port 0, read back). All or
 * nothing: on a failure every port bound so far is released.
 */
public final class PortAllocator {

    private final PortBinder binder;
    private final PortHolders holders;

    public PortAllocator(PortBinder binder, PortHolders holders) {
        this.binder = binder;
        this.holders = holders;
    }

    /** Reserves every request for the container address, in order; throws {@link PortAllocatedException}. */
    public List<PortReservation> reserve(List<PortRequest> requests, InetAddress containerIp) {
        List<PortReservation> done = new ArrayList<>();
        try {
            for (PortRequest r : requests) {
                PortProxy proxy = bind(r);
                done.add(new PortReservation(new PortMapping(r.protocol(), r.hostIp(), proxy.port(), containerIp,
                        r.containerPort()), proxy));
            }
            return List.copyOf(done);
        } catch (RuntimeException e) {
            done.forEach(d -> d.proxy().close());
            throw e;
        }
    }

    private PortProxy bind(PortRequest r) {
        if (r.random() || r.hostPortStart() == r.hostPortEnd()) {
            try {
                return binder.bind(r.protocol(), r.hostIp(), r.hostPortStart());
            } catch (IOException e) {
                throw failure(r, r.hostPortStart(), e);
            }
        }
        for (int port = r.hostPortStart(); port <= r.hostPortEnd(); port++) {
            try {
                return binder.bind(r.protocol(), r.hostIp(), port);
            } catch (BindException e) {
                if (!inUse(e)) {
                    throw failure(r, port, e);
                }
            } catch (IOException e) {
                throw failure(r, port, e);
            }
        }
        throw new PortAllocatedException("Bind for " + r.hostText() + " failed: all ports are allocated");
    }

    private PortAllocatedException failure(PortRequest r, int port, IOException e) {
        String where = "Bind for " + Addresses.hostPort(r.hostIp(), String.valueOf(port)) + " failed: ";
        if (e instanceof BindException && inUse(e)) {
            String held = holders.holder(r.protocol(), port).map(h -> ", held by " + h).orElse("");
            return new PortAllocatedException(where + "port is already allocated" + held);
        }
        return new PortAllocatedException(where + e.getMessage());
    }

    private static boolean inUse(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("in use");
    }
}
