package io.jcompose.network.ipam;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A block that networks' subnets are carved from, like an entry of Docker's {@code default-address-pools}
 * ({@code {"base": "172.17.0.0/16", "size": 16}}): the base prefix split into subnets of {@code size} bits.
 */
public record AddressPool(Cidr base, int size) {

    public AddressPool {
        base = base.network();
        int bits = base.isIpv6() ? 128 : 32;
        if (size < base.prefixLength() || size > bits) {
            throw new IllegalArgumentException("invalid address pool " + base + " with size " + size
                    + ": size must be between " + base.prefixLength() + " and " + bits);
        }
    }

    /** A pool from Docker's {@code default-address-pools} fields. */
    public static AddressPool of(String base, int size) {
        return new AddressPool(Cidr.parse(base), size);
    }

    /** Docker's IPv4 defaults: 172.17.0.0/16 to 172.31.0.0/16 as /16 networks, then 192.168.0.0/16 as /20s. */
    public static List<AddressPool> dockerDefaults() {
        List<AddressPool> pools = new ArrayList<>();
        for (int second = 17; second <= 31; second++) {
            pools.add(of("172." + second + ".0.0/16", 16));
        }
        pools.add(of("192.168.0.0/16", 20));
        return List.copyOf(pools);
    }

    /** IPv6 defaults for networks with {@code enable_ipv6} and no subnet: unique-local /64s from fd00::/8. */
    public static List<AddressPool> ipv6Defaults() {
        return List.of(of("fd00::/8", 64));
    }

    /** How many subnets the pool holds. */
    public BigInteger subnetCount() {
        return BigInteger.ONE.shiftLeft(size - base.prefixLength());
    }

    /** The n-th subnet of the pool (0 is the first). */
    public Cidr subnet(BigInteger n) {
        return new Cidr(base.addressAt(n.shiftLeft(bits() - size)), size);
    }

    /** The index of the first subnet that starts at or after the given address number, or the count if none. */
    BigInteger firstSubnetAtOrAfter(BigInteger addressNumber) {
        BigInteger offset = addressNumber.subtract(Cidr.number(base.address()));
        if (offset.signum() <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger unit = BigInteger.ONE.shiftLeft(bits() - size);
        BigInteger[] qr = offset.divideAndRemainder(unit);
        BigInteger index = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return index.min(subnetCount());
    }

    private int bits() {
        return base.isIpv6() ? 128 : 32;
    }

    @Override
    public String toString() {
        return base + " size " + size;
    }
}
