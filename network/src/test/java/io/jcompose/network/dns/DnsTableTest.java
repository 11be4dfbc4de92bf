package io.jcompose.network.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DnsTableTest {

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    final DnsTable table = new DnsTable();

    @BeforeEach
    void twoNetworks() {
        // front: web-1, web-2 (service "web"), proxy; back: db, and proxy again (on both networks)
        table.put(DnsEndpoint.of("c-web1", "proj_front", List.of("proj-web-1", "web"), List.of(ip("172.18.0.2"))));
        table.put(DnsEndpoint.of("c-web2", "proj_front", List.of("proj-web-2", "web"), List.of(ip("172.18.0.3"))));
        table.put(DnsEndpoint.of("c-proxy", "proj_front", List.of("proj-proxy-1", "proxy"),
                List.of(ip("172.18.0.4"), ip("fd00:18::4"))));
        table.put(DnsEndpoint.of("c-db", "proj_back", List.of("proj-db-1", "db", "Database"), List.of(ip("172.19.0.2"))));
        table.put(DnsEndpoint.of("c-proxy", "proj_back", List.of("proj-proxy-1", "proxy"), List.of(ip("172.19.0.3"))));
    }

    @Test
    void aContainerSeesOnlyTheNamesOfItsNetworks() {
        assertThat(table.addresses(ip("172.18.0.2"), "web")).containsExactly(ip("172.18.0.2"), ip("172.18.0.3"));
        assertThat(table.addresses(ip("172.18.0.2"), "db")).isEmpty();
        assertThat(table.addresses(ip("172.19.0.2"), "web")).isEmpty();
        assertThat(table.addresses(ip("172.19.0.2"), "database")).containsExactly(ip("172.19.0.2"));
    }

    @Test
    void aContainerOnTwoNetworksSeesBothFromEitherAddress() {
        for (String client : List.of("172.18.0.4", "172.19.0.3", "fd00:18::4")) {
            assertThat(table.addresses(ip(client), "web")).hasSize(2);
            assertThat(table.addresses(ip(client), "db")).containsExactly(ip("172.19.0.2"));
        }
        // its own name: the first network it joined answers, as docker's first matching endpoint does
        assertThat(table.addresses(ip("172.19.0.3"), "proxy")).containsExactly(ip("172.18.0.4"), ip("fd00:18::4"));
        assertThat(table.addresses(ip("172.19.0.2"), "proxy")).containsExactly(ip("172.19.0.3"));
    }

    @Test
    void unknownClientsSeeNothing() {
        assertThat(table.addresses(ip("127.0.0.1"), "web")).isEmpty();
        assertThat(table.hostName(ip("127.0.0.1"), ip("172.18.0.2"))).isEmpty();
    }

    @Test
    void aNameQualifiedWithTheNetworkResolves() {
        assertThat(table.addresses(ip("172.18.0.4"), "db.proj_back")).containsExactly(ip("172.19.0.2"));
        assertThat(table.addresses(ip("172.18.0.2"), "db.proj_back")).isEmpty();
        assertThat(table.addresses(ip("172.18.0.2"), "web.proj_back")).isEmpty();
    }

    @Test
    void reverseLookupsGiveContainerDotNetworkOnVisibleNetworksOnly() {
        assertThat(table.hostName(ip("172.18.0.3"), ip("172.18.0.2"))).contains("proj-web-1.proj_front");
        assertThat(table.hostName(ip("172.18.0.3"), ip("fd00:18::4"))).contains("proj-proxy-1.proj_front");
        assertThat(table.hostName(ip("172.18.0.3"), ip("172.19.0.2"))).isEmpty();
        assertThat(table.hostName(ip("172.19.0.3"), ip("172.19.0.2"))).contains("proj-db-1.proj_back");
    }

    @Test
    void containersComeAndGo() {
        assertThat(table.remove("c-web1/proj_front")).isTrue();
        assertThat(table.remove("c-web1/proj_front")).isFalse();
        assertThat(table.addresses(ip("172.18.0.3"), "web")).containsExactly(ip("172.18.0.3"));
        assertThat(table.addresses(ip("172.18.0.2"), "web")).isEmpty();

        table.removeContainer("c-proxy");
        assertThat(table.addresses(ip("172.19.0.2"), "proxy")).isEmpty();
        table.removeNetwork("proj_back");
        assertThat(table.endpoints()).extracting(DnsEndpoint::id).containsExactly("c-web2/proj_front");
    }

    @Test
    void putReplacesAnEndpointInPlace() {
        table.put(DnsEndpoint.of("c-web1", "proj_front", List.of("proj-web-1", "web", "www"), List.of(ip("172.18.0.9"))));
        assertThat(table.addresses(ip("172.18.0.3"), "web")).containsExactly(ip("172.18.0.9"), ip("172.18.0.3"));
        assertThat(table.addresses(ip("172.18.0.3"), "www")).containsExactly(ip("172.18.0.9"));
    }

    @Test
    void endpointsAreValidated() {
        assertThatThrownBy(() -> DnsEndpoint.of("c1", "n", List.of("bad name"), List.of()))
                .hasMessage("DNS endpoint \"c1/n\": \"bad name\" is not a valid DNS name");
        assertThatThrownBy(() -> DnsEndpoint.of("c1", "n", List.of("x".repeat(64)), List.of()))
                .hasMessage("DNS endpoint \"c1/n\": \"" + "x".repeat(64) + "\" is not a valid DNS name");
        assertThatThrownBy(() -> DnsEndpoint.of("c1", "n", List.of(), List.of()))
                .hasMessage("DNS endpoint of container \"c1\" on network \"n\" has no name");
        assertThatThrownBy(() -> new DnsEndpoint("e", " ", "n", List.of("a"), List.of(), "a"))
                .hasMessage("DNS endpoint \"e\" has no container");
        assertThat(DnsEndpoint.of("c1", "n", List.of("web.", "web"), List.of()).names()).containsExactly("web");
    }
}
