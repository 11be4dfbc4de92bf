package io.jcompose.network.dns;

import static io.jcompose.network.dns.DnsTableTest.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The records logic end to end without sockets: bytes in, outcome out. */
class DnsResolverTest {

    static final InetAddress CLIENT = ip("172.18.0.10");
    static final InetSocketAddress UPSTREAM = new InetSocketAddress(ip("127.0.0.1"), 5353);

    final DnsTable table = new DnsTable();
    DnsServerConfig config = DnsServerConfig.of(new InetSocketAddress(ip("127.0.0.1"), 0))
            .withUpstreams(List.of(UPSTREAM));

    DnsResolverTest() {
        table.put(DnsEndpoint.of("c-client", "proj_default", List.of("proj-client-1", "client"), List.of(CLIENT)));
        table.put(DnsEndpoint.of("c-web1", "proj_default", List.of("proj-web-1", "web"), List.of(ip("172.18.0.2"))));
        table.put(DnsEndpoint.of("c-web2", "proj_default", List.of("proj-web-2", "web"), List.of(ip("172.18.0.3"))));
        table.put(DnsEndpoint.of("c-web3", "proj_default", List.of("proj-web-3", "web"), List.of(ip("172.18.0.4"))));
        table.put(DnsEndpoint.of("c-v6", "proj_default", List.of("dual"), List.of(ip("172.18.0.5"), ip("fd00::5"))));
        table.put(DnsEndpoint.of("c-other", "other_net", List.of("secret"), List.of(ip("172.30.0.2"))));
    }

    DnsResolver.Outcome ask(DnsMessage query, boolean tcp) {
        byte[] bytes = query.toBytes();
        return new DnsResolver(config, table).handle(bytes, bytes.length, CLIENT, tcp);
    }

    DnsMessage answer(String name, int type) {
        return answer(new DnsResolver(config, table), DnsMessage.query(42, name, type));
    }

    static DnsMessage answer(DnsResolver resolver, DnsMessage query) {
        byte[] bytes = query.toBytes();
        DnsResolver.Outcome outcome = resolver.handle(bytes, bytes.length, CLIENT, false);
        assertThat(outcome).isInstanceOf(DnsResolver.Answer.class);
        return DnsMessage.parse(((DnsResolver.Answer) outcome).bytes());
    }

    static List<InetAddress> addresses(DnsMessage reply) {
        return reply.answers().stream().map(DnsRecord::address).toList();
    }

    @Test
    void answersAForAContainerName() {
        DnsMessage reply = answer("proj-web-1", DnsType.A);
        assertThat(reply.id()).isEqualTo(42);
        assertThat(reply.isResponse()).isTrue();
        assertThat(reply.recursionAvailable()).isTrue();
        assertThat(reply.rcode()).isEqualTo(DnsType.NOERROR);
        assertThat(reply.answers()).containsExactly(
                DnsRecord.address(DnsName.of("proj-web-1"), ip("172.18.0.2"), 600));
    }

    @Test
    void namesAreCaseInsensitiveWithOrWithoutTrailingDotAndEchoTheQuestionsCase() {
        for (String name : List.of("PROJ-Web-1", "proj-web-1.", "Proj-Web-1.")) {
            DnsMessage reply = answer(name, DnsType.A);
            assertThat(addresses(reply)).containsExactly(ip("172.18.0.2"));
            assertThat(reply.answers().getFirst().name().toString()).isEqualTo(DnsName.of(name).toString());
        }
    }

    @Test
    void aScaledServiceAnswersEveryReplicaInRotatingOrder() {
        DnsResolver resolver = new DnsResolver(config, table);
        List<List<InetAddress>> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(addresses(answer(resolver, DnsMessage.query(i, "web", DnsType.A))));
        }
        assertThat(orders.get(0)).containsExactly(ip("172.18.0.2"), ip("172.18.0.3"), ip("172.18.0.4"));
        assertThat(orders.get(1)).containsExactly(ip("172.18.0.3"), ip("172.18.0.4"), ip("172.18.0.2"));
        assertThat(orders.get(2)).containsExactly(ip("172.18.0.4"), ip("172.18.0.2"), ip("172.18.0.3"));
        assertThat(orders.get(3)).isEqualTo(orders.get(0));
    }

    @Test
    void aaaaAnswersIpv6AndALocalNameWithoutOneGetsAnEmptyNoerror() {
        assertThat(addresses(answer("dual", DnsType.AAAA))).containsExactly(ip("fd00::5"));
        assertThat(addresses(answer("dual", DnsType.A))).containsExactly(ip("172.18.0.5"));
        DnsMessage noV6 = answer("web", DnsType.AAAA);
        assertThat(noV6.rcode()).isEqualTo(DnsType.NOERROR);
        assertThat(noV6.answers()).isEmpty();
    }

    @Test
    void otherTypesForALocalNameGetAnEmptyNoerrorNotAForward() {
        for (int type : List.of(DnsType.MX, DnsType.TXT, DnsType.SRV, DnsType.CNAME, DnsType.ANY)) {
            DnsMessage reply = answer("web", type);
            assertThat(reply.rcode()).isEqualTo(DnsType.NOERROR);
            assertThat(reply.answers()).isEmpty();
        }
    }

    @Test
    void ptrGivesTheContainerDotNetwork() {
        DnsMessage reply = answer(ReverseName.of(ip("172.18.0.3")).toString(), DnsType.PTR);
        assertThat(reply.answers()).hasSize(1);
        assertThat(reply.answers().getFirst().target().toString()).isEqualTo("proj-web-2.proj_default");
        assertThat(reply.answers().getFirst().ttl()).isEqualTo(600);
        assertThat(answer(ReverseName.of(ip("fd00::5")).toString(), DnsType.PTR).answers().getFirst().target())
                .hasToString("dual.proj_default");
    }

    @Test
    void namesOfOtherNetworksAndUnknownNamesAreForwarded() {
        assertThat(ask(DnsMessage.query(1, "secret", DnsType.A), false)).isInstanceOf(DnsResolver.Forward.class);
        assertThat(ask(DnsMessage.query(1, "example.com", DnsType.A), false)).isInstanceOf(DnsResolver.Forward.class);
        assertThat(ask(DnsMessage.query(1, ReverseName.of(ip("172.30.0.2")).toString(), DnsType.PTR), false))
                .isInstanceOf(DnsResolver.Forward.class);
        DnsResolver.Forward forward = (DnsResolver.Forward) ask(DnsMessage.query(9, "example.com", DnsType.A), true);
        assertThat(forward.raw()).isEqualTo(DnsMessage.query(9, "example.com", DnsType.A).toBytes());
        assertThat(forward.udpLimit()).isEqualTo(DnsResolver.TCP_LIMIT);
    }

    @Test
    void withoutUpstreamsOrOnAnInternalNetworkUnknownNamesFailWithServfailAsDockers() {
        config = config.withInternal(true);
        assertThat(answer("example.com", DnsType.A).rcode()).isEqualTo(DnsType.SERVFAIL);
        assertThat(addresses(answer("proj-web-1", DnsType.A))).containsExactly(ip("172.18.0.2"));
        config = config.withInternal(false).withUpstreams(List.of());
        assertThat(answer("example.com", DnsType.A).rcode()).isEqualTo(DnsType.SERVFAIL);
    }

    @Test
    void theSearchDomainIsStripped() {
        config = config.withSearchDomains(List.of("corp.example.", "lan"));
        assertThat(addresses(answer("proj-web-1.corp.example", DnsType.A))).containsExactly(ip("172.18.0.2"));
        assertThat(addresses(answer("PROJ-WEB-1.LAN.", DnsType.A))).containsExactly(ip("172.18.0.2"));
        assertThat(ask(DnsMessage.query(1, "proj-web-1.example", DnsType.A), false))
                .isInstanceOf(DnsResolver.Forward.class);
    }

    @Test
    void aUdpAnswerTooBigIsTruncatedUnlessEdnsOrTcpAllowsIt() {
        List<InetAddress> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(ip("172.18.1." + i));
        }
        table.put(DnsEndpoint.of("c-big", "proj_default", List.of("big"), many));
        DnsMessage udp = answer("big", DnsType.A);
        assertThat(udp.isTruncated()).isTrue();
        assertThat(udp.toBytes().length).isLessThanOrEqualTo(512);
        assertThat(udp.answers()).hasSizeBetween(20, 40);

        DnsMessage edns = answer(new DnsResolver(config, table),
                DnsMessage.query(1, "big", DnsType.A).withAdditionals(List.of(DnsRecord.opt(4096))));
        assertThat(edns.isTruncated()).isFalse();
        assertThat(edns.answers()).hasSize(60);
        assertThat(edns.opt()).isPresent();

        byte[] tcp = ((DnsResolver.Answer) ask(DnsMessage.query(1, "big", DnsType.A), true)).bytes();
        assertThat(DnsMessage.parse(tcp).answers()).hasSize(60);
    }

    @Test
    void oddMessagesGetDockersCodesOrNothing() {
        DnsMessage query = DnsMessage.query(5, "web", DnsType.A);
        assertThat(ask(query.withFlags(0x8100), false)).isEqualTo(DnsResolver.Ignore.INSTANCE);
        assertThat(ask(new DnsMessage(5, 0x0100, List.of(), List.of(), List.of(), List.of()), false))
                .isEqualTo(DnsResolver.Ignore.INSTANCE);
        DnsMessage notify = DnsMessage.parse(((DnsResolver.Answer) ask(query.withFlags(0x2000), false)).bytes());
        assertThat(notify.rcode()).isEqualTo(DnsType.NOTIMP);
        DnsMessage two = new DnsMessage(5, 0x0100, List.of(DnsQuestion.of("web", 1), DnsQuestion.of("db", 1)),
                List.of(), List.of(), List.of());
        assertThat(DnsMessage.parse(((DnsResolver.Answer) ask(two, false)).bytes()).rcode())
                .isEqualTo(DnsType.FORMERR);
    }

    @Test
    void randomPacketsNeverThrow() {
        DnsResolver resolver = new DnsResolver(config, table);
        Random random = new Random(20261105L);
        byte[] valid = DnsMessage.query(1, "web", DnsType.A).toBytes();
        for (int i = 0; i < 100_000; i++) {
            byte[] packet;
            if (i % 2 == 0) {
                packet = new byte[random.nextInt(64)];
                random.nextBytes(packet);
            } else {
                packet = valid.clone();
                packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
            }
            resolver.handle(packet, random.nextInt(packet.length + 1), CLIENT, random.nextBoolean());
        }
    }
}
