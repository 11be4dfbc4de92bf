package io.jcompose.model.project;

import java.util.Map;

/** A top-level network; {@code name} is the engine-level name ({@code <project>_<key>} unless set or external). */
public record Network(String name, String driver, Map<String, String> driverOpts, boolean external,
        boolean internal, boolean attachable, Map<String, String> labels, Boolean enableIpv4, Boolean enableIpv6,
        Ipam ipam) {

    public Network {
        driverOpts = Copies.map(driverOpts);
        labels = Copies.map(labels);
    }
}
