package io.jcompose.network.ipam;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Endpoint addresses of one subnet, handed out like Docker's IPAM: the gateway first, then addresses in order
 * within the range, round-robin (an address just released is reused only after the others), static requests
 * honoured when free; the IPv4 network and broadcast addresses and the IPv6 subnet-router anycast address never.
 */
public final class AddressAllocator {

    private final Cidr subnet;
    private final Cidr ipRange;
    private final InetAddress gateway;
    private final BigInteger gatewayIndex;
    private final BigInteger low;
    private final BigInteger high;
    private final NavigableSet<BigInteger> allocated = new TreeSet<>();
    private BigInteger last;

    private AddressAllocator(Cidr subnet, Cidr ipRange, InetAddress gateway, BigInteger last) {
        this.subnet = subnet.network();
        this.ipRange = ipRange == null ? null : ipRange.network();
        BigInteger size = this.subnet.size();
        BigInteger usableLow = BigInteger.ONE;
        BigInteger usableHigh = this.subnet.isIpv6() || this.subnet.prefixLength() > 30
                ? size.subtract(BigInteger.ONE) : size.subtract(BigInteger.TWO);
        if (!this.subnet.isIpv6() && this.subnet.prefixLength() > 30) {
            usableLow = BigInteger.ZERO;
        }
        if (this.ipRange != null) {
            BigInteger start = this.subnet.indexOf(this.ipRange.address());
            usableLow = usableLow.max(start);
            usableHigh = usableHigh.min(start.add(this.ipRange.size()).subtract(BigInteger.ONE));
        }
        this.low = usableLow;
        this.high = usableHigh;
        this.last = last == null ? low.subtract(BigInteger.ONE) : last;
        if (gateway == null) {
            if (low.compareTo(high) > 0) {
                throw exhausted();
            }
            gateway = this.subnet.addressAt(low);
        }
        this.gateway = gateway;
        this.gatewayIndex = this.subnet.indexOf(gateway);
    }

    /** A fresh allocator for a subnet request; the gateway is the request's or the first usable address. */
    public static AddressAllocator create(SubnetRequest request) {
        return new AddressAllocator(request.subnet(), request.ipRange(), request.gateway(), null);
    }

    /** An allocator holding the addresses of saved state. */
    public static AddressAllocator restore(SubnetState state) {
        Cidr subnet = Cidr.parse(state.subnet());
        Cidr range = state.ipRange() == null ? null : Cidr.parse(state.ipRange());
        InetAddress gateway = Cidr.address(state.gateway(), state.gateway());
        BigInteger last = state.lastAllocated() == null ? null
                : subnet.indexOf(Cidr.address(state.lastAllocated(), state.lastAllocated()));
        AddressAllocator allocator = new AddressAllocator(subnet, range, gateway, last);
        for (String a : state.allocated()) {
            allocator.allocated.add(subnet.indexOf(Cidr.address(a, a)));
        }
        return allocator;
    }

    public Cidr subnet() {
        return subnet;
    }

    /** The range dynamic addresses come from, or null for the whole subnet. */
    public Cidr ipRange() {
        return ipRange;
    }

    public InetAddress gateway() {
        return gateway;
    }

    /** The address with the subnet's prefix length, as it is configured on an interface. */
    public Cidr onSubnet(InetAddress address) {
        return Cidr.of(address, subnet.prefixLength());
    }

    /** The next free address after the one handed out last, wrapping around the range. */
    public synchronized InetAddress allocate() {
        BigInteger capacity = high.subtract(low).add(BigInteger.ONE);
        if (gatewayIndex.compareTo(low) >= 0 && gatewayIndex.compareTo(high) <= 0) {
            capacity = capacity.subtract(BigInteger.ONE);
        }
        int taken = low.compareTo(high) > 0 ? 0 : allocated.subSet(low, true, high, true).size();
        if (capacity.compareTo(BigInteger.valueOf(taken)) <= 0) {
            throw exhausted();
        }
        BigInteger candidate = last.add(BigInteger.ONE);
        while (true) {
            if (candidate.compareTo(high) > 0 || candidate.compareTo(low) < 0) {
                candidate = low;
            }
            if (!candidate.equals(gatewayIndex) && !allocated.contains(candidate)) {
                allocated.add(candidate);
                last = candidate;
                return subnet.addressAt(candidate);
            }
            candidate = candidate.add(BigInteger.ONE);
        }
    }

    /** Reserves a requested address ({@code ipv4_address}, {@code ipv6_address}) anywhere in the subnet. */
    public synchronized InetAddress allocate(InetAddress requested) {
        if (!subnet.contains(requested)) {
            throw new IpamException(IpamException.Reason.INVALID, "requested address is out of range: "
                    + requested.getHostAddress() + " is not in subnet " + subnet);
        }
        BigInteger index = subnet.indexOf(requested);
        if (reserved(index) || index.equals(gatewayIndex) || !allocated.add(index)) {
            throw new IpamException(IpamException.Reason.CONFLICT,
                    "Address already in use: " + requested.getHostAddress());
        }
        return requested;
    }

    /** Gives an endpoint's address back; false if it was not allocated. */
    public synchronized boolean release(InetAddress address) {
        return subnet.contains(address) && allocated.remove(subnet.indexOf(address));
    }

    public synchronized boolean isAllocated(InetAddress address) {
        return subnet.contains(address) && allocated.contains(subnet.indexOf(address));
    }

    /** The state to save. */
    public synchronized SubnetState state() {
        List<String> addresses = allocated.stream().map(i -> subnet.addressAt(i).getHostAddress()).toList();
        String lastAddress = last.compareTo(low) < 0 ? null : subnet.addressAt(last).getHostAddress();
        return new SubnetState(subnet.toString(), ipRange == null ? null : ipRange.toString(),
                gateway.getHostAddress(), addresses, lastAddress);
    }

    private boolean reserved(BigInteger index) {
        if (subnet.isIpv6()) {
            return index.signum() == 0;
        }
        return subnet.prefixLength() <= 30
                && (index.signum() == 0 || index.equals(subnet.size().subtract(BigInteger.ONE)));
    }

    private IpamException exhausted() {
        String family = SubnetRequest.family(subnet);
        return new IpamException(IpamException.Reason.EXHAUSTED, "no available " + family
                + " addresses on this network's address pools: " + subnet
                + (ipRange == null ? "" : " (ip-range " + ipRange + ")"));
    }
}
