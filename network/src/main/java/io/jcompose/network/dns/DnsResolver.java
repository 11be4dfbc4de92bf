package io.jcompose.network.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one query gets, with docker's embedded DNS semantics: local names (A, AAAA, PTR) answered from
 * {@link DnsRecords}; a local name asked for a type it lacks gets an empty NOERROR; other names go upstream
 * ({@link Forwarder}) unless the network is internal or has no upstream, when they fail with SERVFAIL.
 */
final class DnsResolver {

    /** What to do with one packet. */
    sealed interface Outcome {
    }

    /** Send these bytes back to the client. */
    record Answer(byte[] bytes) implements Outcome {
    }

    /** Ask upstream (blocking, so on its own thread) and relay the reply. */
    record Forward(DnsMessage query, byte[] raw, int udpLimit) implements Outcome {
    }

    /** Send nothing: not a query, or too broken to answer. */
    enum Ignore implements Outcome { INSTANCE }

    /** The UDP payload size this server advertises in EDNS0 replies (the DNS flag day 2020 value). */
    static final int ADVERTISED_UDP_SIZE = 1232;
    static final int TCP_LIMIT = 65535;

    private final DnsServerConfig config;
    private final DnsRecords records;
    private final RoundRobin roundRobin = new RoundRobin();

    DnsResolver(DnsServerConfig config, DnsRecords records) {
        this.config = config;
        this.records = records;
    }

    Outcome handle(byte[] packet, int length, InetAddress client, boolean tcp) {
        DnsMessage query;
        try {
            query = DnsMessage.parse(packet, 0, length);
        } catch (DnsFormatException e) {
            return Ignore.INSTANCE;
        }
        if (query.isResponse() || query.questions().isEmpty()) {
            return Ignore.INSTANCE;
        }
        int limit = tcp ? TCP_LIMIT : query.udpPayloadSize();
        if (query.opcode() != 0) {
            return answer(query, query.reply(DnsType.NOTIMP), limit);
        }
        if (query.questions().size() > 1) {
            return answer(query, query.reply(DnsType.FORMERR), limit);
        }
        DnsQuestion question = query.questions().getFirst();
        Optional<DnsMessage> local = question.dnsClass() == DnsType.CLASS_IN
                ? local(query, question, client) : Optional.empty();
        if (local.isPresent()) {
            return answer(query, local.get(), limit);
        }
        if (config.internal() || config.upstreams().isEmpty()) {
            return answer(query, query.reply(DnsType.SERVFAIL), limit);
        }
        byte[] raw = new byte[length];
        System.arraycopy(packet, 0, raw, 0, length);
        return new Forward(query, raw, limit);
    }

    private Optional<DnsMessage> local(DnsMessage query, DnsQuestion question, InetAddress client) {
        if (question.type() == DnsType.PTR) {
            return ReverseName.address(question.name())
                    .flatMap(address -> records.hostName(client, address))
                    .map(host -> query.reply(DnsType.NOERROR).withAnswers(List.of(
                            DnsRecord.ptr(question.name(), DnsName.of(host), config.ttl()))));
        }
        String key = question.name().key();
        List<InetAddress> addresses = lookup(client, key);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        List<DnsRecord> answers = new ArrayList<>();
        if (question.type() == DnsType.A || question.type() == DnsType.AAAA) {
            Class<?> family = question.type() == DnsType.A ? Inet4Address.class : Inet6Address.class;
            List<InetAddress> matching = addresses.stream().filter(family::isInstance).toList();
            for (InetAddress address : roundRobin.next(question.type() + " " + key, matching)) {
                answers.add(DnsRecord.address(question.name(), address, config.ttl()));
            }
        }
        return Optional.of(query.reply(DnsType.NOERROR).withAnswers(answers));
    }

    private List<InetAddress> lookup(InetAddress client, String key) {
        List<InetAddress> found = records.addresses(client, key);
        for (int i = 0; found.isEmpty() && i < config.searchDomains().size(); i++) {
            String suffix = "." + config.searchDomains().get(i);
            if (key.endsWith(suffix)) {
                found = records.addresses(client, key.substring(0, key.length() - suffix.length()));
            }
        }
        return found;
    }

    /** Encodes a reply within {@code limit} bytes, dropping answers from the end (and setting TC) if needed. */
    static Answer answer(DnsMessage query, DnsMessage reply, int limit) {
        DnsMessage out = query.opt().isPresent()
                ? reply.withAdditionals(List.of(DnsRecord.opt(ADVERTISED_UDP_SIZE))) : reply;
        byte[] bytes = out.toBytes();
        while (bytes.length > limit && !out.answers().isEmpty()) {
            out = out.withAnswers(out.answers().subList(0, out.answers().size() - 1)).withTruncated(true);
            bytes = out.toBytes();
        }
        return new Answer(bytes);
    }
}
