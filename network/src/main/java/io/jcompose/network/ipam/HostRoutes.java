package io.jcompose.network.ipam;

import java.io.IOException;
import java.util.List;

/** The host's routes, so that a new network's subnet never shadows a network the host already reaches. */
public interface HostRoutes {

    /** The destinations of the host's IPv4 and IPv6 routes, default routes excluded. */
    List<Cidr> routes() throws IOException;
}
