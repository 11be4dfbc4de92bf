package io.jcompose.network.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One DNS message (RFC 1035 section 4): the header's id and flags word, then questions, answers, authority
 * and additional records. Parsed strictly so that the server can drop anything malformed.
 */
public record DnsMessage(int id, int flags, List<DnsQuestion> questions, List<DnsRecord> answers,
                         List<DnsRecord> authorities, List<DnsRecord> additionals) {

    public static final int HEADER_LENGTH = 12;
    /** The largest UDP message a client without EDNS0 accepts. */
    public static final int CLASSIC_UDP_SIZE = 512;

    static final int QR = 0x8000;
    static final int AA = 0x0400;
    static final int TC = 0x0200;
    static final int RD = 0x0100;
    static final int RA = 0x0080;

    public DnsMessage {
        DnsWire.checkUnsigned16(id, "message id");
        DnsWire.checkUnsigned16(flags, "flags");
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authorities = List.copyOf(authorities);
        additionals = List.copyOf(additionals);
    }

    /** A recursive query for one name and type, as a stub resolver sends it. */
    public static DnsMessage query(int id, String name, int type) {
        return new DnsMessage(id, RD, List.of(DnsQuestion.of(name, type)), List.of(), List.of(), List.of());
    }

    public static DnsMessage parse(byte[] bytes) {
        return parse(bytes, 0, bytes.length);
    }

    /** Parses {@code bytes[offset, offset + length)}; throws {@link DnsFormatException} on any flaw. */
    public static DnsMessage parse(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new DnsFormatException("DNS message bounds " + offset + "+" + length + " outside " + bytes.length);
        }
        DnsWire.Reader in = new DnsWire.Reader(bytes, offset, offset + length);
        int id = in.u16();
        int flags = in.u16();
        int qd = in.u16();
        int an = in.u16();
        int ns = in.u16();
        int ar = in.u16();
        List<DnsQuestion> questions = new ArrayList<>(Math.min(qd, 16));
        for (int i = 0; i < qd; i++) {
            questions.add(new DnsQuestion(in.name(), in.u16(), in.u16()));
        }
        List<DnsRecord> answers = records(in, an);
        List<DnsRecord> authorities = records(in, ns);
        List<DnsRecord> additionals = records(in, ar);
        return new DnsMessage(id, flags, questions, answers, authorities, additionals);
    }

    private static List<DnsRecord> records(DnsWire.Reader in, int count) {
        List<DnsRecord> records = new ArrayList<>(Math.min(count, 16));
        for (int i = 0; i < count; i++) {
            records.add(DnsRecordData.read(in));
        }
        return records;
    }

    /** Encodes the message, compressing owner and question names. */
    public byte[] toBytes() {
        DnsWire.Writer out = new DnsWire.Writer(true);
        out.u16(id);
        out.u16(flags);
        out.u16(questions.size());
        out.u16(answers.size());
        out.u16(authorities.size());
        out.u16(additionals.size());
        for (DnsQuestion q : questions) {
            out.name(q.name());
            out.u16(q.type());
            out.u16(q.dnsClass());
        }
        for (List<DnsRecord> section : List.of(answers, authorities, additionals)) {
            for (DnsRecord r : section) {
                out.name(r.name());
                out.u16(r.type());
                out.u16(r.dnsClass());
                out.u32(r.ttl());
                out.u16(r.dataLength());
                r.writeData(out);
            }
        }
        return out.toBytes();
    }

    public boolean isResponse() {
        return (flags & QR) != 0;
    }

    public int opcode() {
        return flags >> 11 & 0xf;
    }

    public boolean isTruncated() {
        return (flags & TC) != 0;
    }

    public boolean isAuthoritative() {
        return (flags & AA) != 0;
    }

    public boolean recursionDesired() {
        return (flags & RD) != 0;
    }

    public boolean recursionAvailable() {
        return (flags & RA) != 0;
    }

    /** The 4-bit response code of the header (extended codes in OPT are not combined in). */
    public int rcode() {
        return flags & 0xf;
    }

    /** The EDNS0 OPT pseudo-record, if the message has one. */
    public Optional<DnsRecord> opt() {
        return additionals.stream().filter(r -> r.type() == DnsType.OPT).findFirst();
    }

    /** The largest UDP reply the sender accepts: its EDNS0 payload size, never below 512. */
    public int udpPayloadSize() {
        return opt().map(o -> Math.max(CLASSIC_UDP_SIZE, o.dnsClass())).orElse(CLASSIC_UDP_SIZE);
    }

    /**
     * The response skeleton for this query: same id, opcode, RD and question, QR and RA set, the given rcode,
     * no records.
     */
    public DnsMessage reply(int rcode) {
        int replyFlags = QR | (flags & (0x7800 | RD)) | RA | (rcode & 0xf);
        return new DnsMessage(id, replyFlags, questions, List.of(), List.of(), List.of());
    }

    public DnsMessage withId(int newId) {
        return new DnsMessage(newId, flags, questions, answers, authorities, additionals);
    }

    public DnsMessage withFlags(int newFlags) {
        return new DnsMessage(id, newFlags, questions, answers, authorities, additionals);
    }

    public DnsMessage withTruncated(boolean truncated) {
        return withFlags(truncated ? flags | TC : flags & ~TC);
    }

    public DnsMessage withAnswers(List<DnsRecord> newAnswers) {
        return new DnsMessage(id, flags, questions, newAnswers, authorities, additionals);
    }

    public DnsMessage withAdditionals(List<DnsRecord> newAdditionals) {
        return new DnsMessage(id, flags, questions, answers, authorities, newAdditionals);
    }
}
