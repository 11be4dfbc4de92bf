package io.jcompose.cli.network;

import io.jcompose.engine.api.json.IpamJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --subnet}, {@code --ip-range} and {@code --gateway} as docker groups them: each range and gateway goes to
 * the one subnet that contains it, whatever the order of the flags. Bad text throws IllegalArgumentException naming
 * the flag (a usage error); a combination docker refuses throws {@link Refused} with docker's words.
 */
final class IpamFlags {

    /** A combination of valid values that cannot make a configuration. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private IpamFlags() {
    }

    /** One {@code IPAM.Config} entry per subnet, in the order the subnets were given. */
    static List<IpamJson.Config> configs(List<String> subnets, List<String> ranges, List<String> gateways) {
        List<IpPrefix> nets = subnets.stream().map(s -> parse("--subnet", s)).toList();
        List<IpPrefix> rangeNets = ranges.stream().map(r -> parse("--ip-range", r).masked()).toList();
        List<byte[]> gatewayIps = gateways.stream().map(IpamFlags::gateway).toList();
        if (nets.size() < rangeNets.size() || nets.size() < gatewayIps.size()) {
            throw new Refused("every ip-range or gateway must have a corresponding subnet");
        }
        Map<Integer, String> rangeOf = new LinkedHashMap<>();
        Map<Integer, String> gatewayOf = new LinkedHashMap<>();
        for (int i = 0; i < nets.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (nets.get(i).masked().contains(nets.get(k).address())
                        || nets.get(k).masked().contains(nets.get(i).address())) {
                    throw new Refused("multiple overlapping subnet configuration is not supported");
                }
            }
        }
        for (IpPrefix r : rangeNets) {
            place(nets, subnets, r.address(), r.toString(), rangeOf, "range", "cannot configure multiple ranges "
                    + "(%s, %s) on the same subnet (%s)");
        }
        for (byte[] g : gatewayIps) {
            place(nets, subnets, g, IpPrefix.text(g), gatewayOf, "gateway", "cannot configure multiple gateways "
                    + "(%s, %s) for the same subnet (%s)");
        }
        List<IpamJson.Config> out = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            out.add(new IpamJson.Config(nets.get(i).toString(), rangeOf.get(i), gatewayOf.get(i), null));
        }
        return List.copyOf(out);
    }

    /** Gives {@code value} to every subnet that contains {@code ip}; none, or one already taken, is refused. */
    private static void place(List<IpPrefix> nets, List<String> subnets, byte[] ip, String value,
            Map<Integer, String> taken, String what, String twice) {
        boolean match = false;
        for (int i = 0; i < nets.size(); i++) {
            if (!nets.get(i).masked().contains(ip)) {
                continue;
            }
            if (taken.containsKey(i)) {
                throw new Refused(String.format(twice, value, taken.get(i), subnets.get(i)));
            }
            taken.put(i, value);
            match = true;
        }
        if (!match) {
            throw new Refused("no matching subnet for " + what + " " + value);
        }
    }

    private static IpPrefix parse(String flag, String text) {
        try {
            return IpPrefix.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }

    private static byte[] gateway(String text) {
        try {
            return IpPrefix.address(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--gateway: " + e.getMessage(), e);
        }
    }
}
