package io.jcompose.network.dns;

import static io.jcompose.network.dns.DnsTableTest.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forwarding against a scripted in-memory upstream. */
class ForwarderTest {

    static final InetSocketAddress FIRST = new InetSocketAddress(ip("127.0.0.1"), 5301);
    static final InetSocketAddress SECOND = new InetSocketAddress(ip("127.0.0.1"), 5302);

    /** One exchange the fake saw. */
    record Call(InetSocketAddress server, DnsMessage query, boolean tcp) {
    }

    /** How the fake answers one exchange. */
    interface Script {
        byte[] answer(Call call) throws IOException;
    }

    final List<Call> calls = new ArrayList<>();

    DnsMessage forward(DnsMessage query, boolean tcp, Script script) {
        Upstream fake = (server, bytes, overTcp, timeout) -> {
            Call call = new Call(server, DnsMessage.parse(bytes), overTcp);
            calls.add(call);
            return script.answer(call);
        };
        DnsServerConfig config = DnsServerConfig.of(new InetSocketAddress(ip("127.0.0.1"), 0))
                .withUpstreams(List.of(FIRST, SECOND));
        byte[] raw = query.toBytes();
        DnsResolver.Forward forward = new DnsResolver.Forward(query, raw, tcp ? 65535 : query.udpPayloadSize());
        return DnsMessage.parse(new Forwarder(config, fake).forward(forward, tcp));
    }

    static byte[] reply(Call call, int rcode, int answers) {
        List<DnsRecord> records = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            records.add(DnsRecord.address(call.query().questions().getFirst().name(), address(i), 300));
        }
        return call.query().reply(rcode).withAnswers(records).toBytes();
    }

    static InetAddress address(int i) {
        return ip("192.0.2." + (i % 250 + 1));
    }

    @Test
    void relaysTheUpstreamReplyUnderTheClientsId() {
        DnsMessage reply = forward(DnsMessage.query(0x1111, "example.org", DnsType.A), false,
                call -> reply(call, DnsType.NOERROR, 1));
        assertThat(reply.id()).isEqualTo(0x1111);
        assertThat(reply.answers()).extracting(DnsRecord::address).containsExactly(address(0));
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().server()).isEqualTo(FIRST);
        assertThat(calls.getFirst().tcp()).isFalse();
        assertThat(calls.getFirst().query().questions()).isEqualTo(
                DnsMessage.query(0x1111, "example.org", DnsType.A).questions());
    }

    @Test
    void nxdomainIsRelayedAsIs() {
        DnsMessage reply = forward(DnsMessage.query(1, "nope.example", DnsType.A), false,
                call -> reply(call, DnsType.NXDOMAIN, 0));
        assertThat(reply.rcode()).isEqualTo(DnsType.NXDOMAIN);
        assertThat(calls).hasSize(1);
    }

    @Test
    void servfailRefusedTimeoutsGarbageAndWrongIdsMoveOnToTheNextServer() {
        List<Script> firstServer = List.of(
                call -> reply(call, DnsType.SERVFAIL, 0),
                call -> reply(call, DnsType.REFUSED, 0),
                call -> {
                    throw new SocketTimeoutException("Receive timed out");
                },
                call -> new byte[] {1, 2, 3},
                call -> call.query().withId(call.query().id() ^ 1).reply(0).toBytes(),
                call -> DnsMessage.query(call.query().id(), "other.example", DnsType.A).reply(0).toBytes());
        for (Script first : firstServer) {
            calls.clear();
            DnsMessage reply = forward(DnsMessage.query(7, "example.org", DnsType.A), false,
                    call -> call.server().equals(FIRST) ? first.answer(call) : reply(call, DnsType.NOERROR, 2));
            assertThat(reply.rcode()).isEqualTo(DnsType.NOERROR);
            assertThat(reply.answers()).hasSize(2);
            assertThat(calls).extracting(Call::server).containsExactly(FIRST, SECOND);
        }
    }

    @Test
    void whenNoServerAnswersTheClientGetsServfail() {
        DnsMessage reply = forward(DnsMessage.query(3, "example.org", DnsType.A), false, call -> {
            throw new SocketTimeoutException("Receive timed out");
        });
        assertThat(reply.id()).isEqualTo(3);
        assertThat(reply.rcode()).isEqualTo(DnsType.SERVFAIL);
        assertThat(reply.questions()).isEqualTo(DnsMessage.query(3, "example.org", DnsType.A).questions());
    }

    @Test
    void aTruncatedUdpReplyIsRetriedOverTcpAndTheFullReplyUsedWhenItFits() {
        DnsMessage query = DnsMessage.query(4, "example.org", DnsType.A).withAdditionals(List.of(DnsRecord.opt(1232)));
        DnsMessage reply = forward(query, false, call -> call.tcp()
                ? reply(call, DnsType.NOERROR, 40)
                : call.query().reply(0).withTruncated(true).toBytes());
        assertThat(reply.isTruncated()).isFalse();
        assertThat(reply.answers()).hasSize(40);
        assertThat(calls).extracting(Call::tcp).containsExactly(false, true);
    }

    @Test
    void aTcpReplyTooBigForTheClientsUdpLimitLeavesTheTruncatedReplySoTheClientRetriesOverTcp() {
        DnsMessage reply = forward(DnsMessage.query(5, "example.org", DnsType.A), false, call -> call.tcp()
                ? reply(call, DnsType.NOERROR, 60)
                : call.query().reply(0).withTruncated(true).withAnswers(List.of()).toBytes());
        assertThat(reply.isTruncated()).isTrue();
        assertThat(reply.id()).isEqualTo(5);
    }

    @Test
    void aTcpClientIsForwardedOverTcp() {
        DnsMessage reply = forward(DnsMessage.query(6, "example.org", DnsType.TXT), true,
                call -> reply(call, DnsType.NOERROR, 0));
        assertThat(reply.rcode()).isZero();
        assertThat(calls).extracting(Call::tcp).containsExactly(true);
    }

    @Test
    void eachForwardUsesAFreshRandomId() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            forward(DnsMessage.query(9, "example.org", DnsType.A), false, call -> {
                ids.add(call.query().id());
                return reply(call, 0, 1);
            });
        }
        assertThat(ids.stream().distinct().count()).isGreaterThan(15);
    }
}
