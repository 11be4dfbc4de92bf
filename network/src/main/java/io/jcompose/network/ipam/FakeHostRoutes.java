package io.jcompose.network.ipam;

import java.util.ArrayList;
import java.util.List;

/** In-memory host routes for unit tests. */
public final class FakeHostRoutes implements HostRoutes {

    private final List<Cidr> routes = new ArrayList<>();

    public FakeHostRoutes(String... destinations) {
        for (String d : destinations) {
            add(d);
        }
    }

    public synchronized FakeHostRoutes add(String destination) {
        routes.add(Cidr.parse(destination));
        return this;
    }

    public synchronized void clear() {
        routes.clear();
    }

    @Override
    public synchronized List<Cidr> routes() {
        return List.copyOf(routes);
    }
}
