package io.jcompose.network.dns;

/** Reads one resource record, expanding compressed names inside the data of the types RFC 1035 lets compress. */
final class DnsRecordData {

    private DnsRecordData() {
    }

    static DnsRecord read(DnsWire.Reader in) {
        DnsName name = in.name();
        int type = in.u16();
        int dnsClass = in.u16();
        long ttl = in.u32();
        int length = in.u16();
        in.limit(length);
        int start = in.position();
        byte[] data = switch (type) {
            case DnsType.NS, DnsType.CNAME, DnsType.PTR, DnsType.DNAME -> names(in, 0, 1, 0);
            case DnsType.MX -> names(in, 2, 1, 0);
            case DnsType.SOA -> names(in, 0, 2, 20);
            default -> in.bytes(length);
        };
        if (in.position() != start + length) {
            throw new DnsFormatException("DNS " + DnsType.name(type) + " record data of " + name + " has "
                    + (in.position() - start) + " bytes where its length says " + length);
        }
        in.unlimit();
        return new DnsRecord(name, type, dnsClass, ttl, data);
    }

    /** {@code before} fixed bytes, {@code count} names, then {@code after} fixed bytes, names written out in full. */
    private static byte[] names(DnsWire.Reader in, int before, int count, int after) {
        DnsWire.Writer out = new DnsWire.Writer(false);
        out.bytes(in.bytes(before));
        for (int i = 0; i < count; i++) {
            out.name(in.name());
        }
        out.bytes(in.bytes(after));
        return out.toBytes();
    }
}
