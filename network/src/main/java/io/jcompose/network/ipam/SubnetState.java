package io.jcompose.network.ipam;

import java.util.List;

/**
 * What the engine saves of one network subnet's addresses, so that a restarted engine hands out no address
 * twice: plain strings for JSON ({@code ipRange} and {@code lastAllocated} may be null).
 *
 * @param subnet        the subnet, e.g. {@code 172.18.0.0/16}
 * @param ipRange       the range dynamic addresses come from, or null for the whole subnet
 * @param gateway       the gateway address, e.g. {@code 172.18.0.1}
 * @param allocated     the endpoint addresses in use, in address order
 * @param lastAllocated the address handed out last by dynamic allocation (the next one starts after it)
 */
public record SubnetState(String subnet, String ipRange, String gateway, List<String> allocated,
                          String lastAllocated) {

    public SubnetState {
        allocated = allocated == null ? List.of() : List.copyOf(allocated);
    }
}
