package io.jcompose.network.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays a query the server cannot answer to the upstream servers in turn, as docker does: a fresh message id
 * per exchange, UDP with a TCP retry when the reply is truncated, the next server on SERVFAIL, REFUSED, a
 * timeout or garbage, and SERVFAIL to the client when none answers. The upstream reply is relayed verbatim.
 */
final class Forwarder {

    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    /** At most this many forwarded queries wait on upstreams at once; more are REFUSED, as docker does. */
    static final int MAX_CONCURRENT = 1024;

    private final DnsServerConfig config;
    private final Upstream upstream;
    private final Semaphore permits = new Semaphore(MAX_CONCURRENT);
    private final Random random = new SecureRandom();

    Forwarder(DnsServerConfig config, Upstream upstream) {
        this.config = config;
        this.upstream = upstream;
    }

    byte[] forward(DnsResolver.Forward forward, boolean tcp) {
        DnsMessage query = forward.query();
        if (!permits.tryAcquire()) {
            return DnsResolver.answer(query, query.reply(DnsType.REFUSED), forward.udpLimit()).bytes();
        }
        try {
            int id = random.nextInt(0x10000);
            byte[] out = forward.raw().clone();
            setId(out, id);
            for (InetSocketAddress server : config.upstreams()) {
                byte[] reply = ask(server, out, id, query, tcp, forward.udpLimit());
                if (reply != null) {
                    setId(reply, query.id());
                    return reply;
                }
            }
            return DnsResolver.answer(query, query.reply(DnsType.SERVFAIL), forward.udpLimit()).bytes();
        } finally {
            permits.release();
        }
    }

    /** One server's usable reply, or null to try the next. */
    private byte[] ask(InetSocketAddress server, byte[] out, int id, DnsMessage query, boolean tcp, int udpLimit) {
        byte[] reply = exchange(server, out, id, query, tcp);
        if (reply == null) {
            return null;
        }
        DnsMessage parsed = DnsMessage.parse(reply);
        if (!tcp && parsed.isTruncated()) {
            byte[] full = exchange(server, out, id, query, true);
            if (full != null && full.length <= udpLimit) {
                reply = full;
                parsed = DnsMessage.parse(full);
            }
        }
        if (parsed.rcode() == DnsType.SERVFAIL || parsed.rcode() == DnsType.REFUSED) {
            LOG.debug("upstream DNS {} answered {} for {}", server, DnsType.rcodeName(parsed.rcode()),
                    query.questions().getFirst());
            return null;
        }
        return reply;
    }

    /** The raw reply if it is a well-formed response to our question with our id, else null. */
    private byte[] exchange(InetSocketAddress server, byte[] out, int id, DnsMessage query, boolean tcp) {
        try {
            byte[] reply = upstream.exchange(server, out, tcp, config.upstreamTimeout());
            DnsMessage parsed = DnsMessage.parse(reply);
            if (parsed.id() != id || !parsed.isResponse() || !sameQuestion(parsed.questions(), query.questions())) {
                LOG.debug("upstream DNS {} sent a reply that does not match {}", server, query.questions());
                return null;
            }
            return reply;
        } catch (IOException | DnsFormatException e) {
            LOG.debug("upstream DNS {} failed for {} over {}: {}", server, query.questions(), tcp ? "TCP" : "UDP",
                    e.toString());
            return null;
        }
    }

    private static boolean sameQuestion(List<DnsQuestion> a, List<DnsQuestion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            DnsQuestion x = a.get(i);
            DnsQuestion y = b.get(i);
            if (x.type() != y.type() || x.dnsClass() != y.dnsClass() || !x.name().key().equals(y.name().key())) {
                return false;
            }
        }
        return true;
    }

    static void setId(byte[] message, int id) {
        message[0] = (byte) (id >> 8);
        message[1] = (byte) id;
    }
}
