package io.jcompose.network.ipam;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hands each network a subnet of its own, as Docker does: the first pool subnet that overlaps neither another of
 * our networks nor a route of the host; explicit subnets only have to stay clear of our other networks.
 */
public final class SubnetAllocator {

    private final List<AddressPool> ipv4Pools;
    private final List<AddressPool> ipv6Pools;
    private final HostRoutes hostRoutes;
    private final Set<Cidr> inUse = new LinkedHashSet<>();

    public SubnetAllocator(List<AddressPool> ipv4Pools, List<AddressPool> ipv6Pools, HostRoutes hostRoutes) {
        this.ipv4Pools = List.copyOf(ipv4Pools);
        this.ipv6Pools = List.copyOf(ipv6Pools);
        this.hostRoutes = hostRoutes;
    }

    /** Docker's default pools ({@link AddressPool#dockerDefaults()}, {@link AddressPool#ipv6Defaults()}). */
    public static SubnetAllocator withDefaults(HostRoutes hostRoutes) {
        return new SubnetAllocator(AddressPool.dockerDefaults(), AddressPool.ipv6Defaults(), hostRoutes);
    }

    /** Picks and reserves the first free pool subnet of the family. */
    public synchronized Cidr allocate(boolean ipv6) throws IOException {
        List<Cidr> blockers = new ArrayList<>();
        for (Cidr c : inUse) {
            if (c.isIpv6() == ipv6) {
                blockers.add(c);
            }
        }
        for (Cidr r : hostRoutes.routes()) {
            if (r.isIpv6() == ipv6 && r.prefixLength() > 0) {
                blockers.add(r.network());
            }
        }
        for (AddressPool pool : ipv6 ? ipv6Pools : ipv4Pools) {
            Cidr found = firstFree(pool, blockers);
            if (found != null) {
                inUse.add(found);
                return found;
            }
        }
        throw new IpamException(IpamException.Reason.EXHAUSTED, "could not find an available, non-overlapping "
                + (ipv6 ? "IPv6" : "IPv4") + " address pool among the defaults to assign to the network");
    }

    /** Reserves an explicit subnet ({@code ipam.config[].subnet}) unless it overlaps another of our networks. */
    public synchronized Cidr reserve(Cidr subnet) {
        Cidr net = subnet.network();
        for (Cidr used : inUse) {
            if (used.overlaps(net)) {
                throw new IpamException(IpamException.Reason.CONFLICT,
                        "Pool overlaps with other one on this address space: " + net + " overlaps " + used);
            }
        }
        inUse.add(net);
        return net;
    }

    /** Records a subnet restored from saved state, without checks. */
    public synchronized void markInUse(Cidr subnet) {
        inUse.add(subnet.network());
    }

    /** Gives a removed network's subnet back. */
    public synchronized boolean release(Cidr subnet) {
        return inUse.remove(subnet.network());
    }

    public synchronized Set<Cidr> inUse() {
        return Set.copyOf(inUse);
    }

    private static Cidr firstFree(AddressPool pool, List<Cidr> blockers) {
        BigInteger count = pool.subnetCount();
        BigInteger i = BigInteger.ZERO;
        while (i.compareTo(count) < 0) {
            Cidr candidate = pool.subnet(i);
            BigInteger next = null;
            for (Cidr b : blockers) {
                if (!b.overlaps(candidate)) {
                    continue;
                }
                BigInteger after = b.prefixLength() <= candidate.prefixLength()
                        ? pool.firstSubnetAtOrAfter(Cidr.number(b.address()).add(b.size()))
                        : i.add(BigInteger.ONE);
                next = next == null ? after : next.max(after);
            }
            if (next == null) {
                return candidate;
            }
            i = next;
        }
        return null;
    }
}
