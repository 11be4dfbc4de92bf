package io.jcompose.model.project;

import java.util.List;
import java.util.Map;

/** A network's address management: driver, address pools and driver options. */
public record Ipam(String driver, List<Pool> config, Map<String, String> options) {

    public Ipam {
        config = Copies.list(config);
        options = Copies.map(options);
    }

    /** One address pool. */
    public record Pool(String subnet, String gateway, String ipRange, Map<String, String> auxAddresses) {
        public Pool {
            auxAddresses = Copies.map(auxAddresses);
        }
    }
}
