package io.jcompose.network.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A resource record with its data in uncompressed wire form, so that a record read from one message can be
 * written into another (names inside NS, CNAME, PTR, MX and SOA data are expanded when read).
 */
public record DnsRecord(DnsName name, int type, int dnsClass, long ttl, byte[] data) {

    public DnsRecord {
        DnsWire.checkUnsigned16(type, "type");
        DnsWire.checkUnsigned16(dnsClass, "class");
        if (ttl < 0 || ttl > 0xffffffffL) {
            throw new IllegalArgumentException("DNS TTL " + ttl + " is not an unsigned 32-bit number");
        }
        if (data.length > 0xffff) {
            throw new IllegalArgumentException("DNS record data of " + data.length + " bytes is over 65535");
        }
        data = data.clone();
    }

    /** An A or AAAA record, by the address's family. */
    public static DnsRecord address(DnsName name, InetAddress address, long ttl) {
        int type = address instanceof Inet6Address ? DnsType.AAAA : DnsType.A;
        return new DnsRecord(name, type, DnsType.CLASS_IN, ttl, address.getAddress());
    }

    public static DnsRecord ptr(DnsName name, DnsName target, long ttl) {
        return new DnsRecord(name, DnsType.PTR, DnsType.CLASS_IN, ttl, DnsWire.uncompressed(target));
    }

    /** An EDNS0 OPT pseudo-record (RFC 6891) advertising a UDP payload size; no options. */
    public static DnsRecord opt(int udpPayloadSize) {
        return new DnsRecord(DnsName.ROOT, DnsType.OPT, udpPayloadSize, 0, new byte[0]);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    void writeData(DnsWire.Writer out) {
        out.bytes(data);
    }

    /** The address of an A or AAAA record. */
    public InetAddress address() {
        boolean ok = type == DnsType.A && data.length == 4 || type == DnsType.AAAA && data.length == 16;
        if (!ok) {
            throw new IllegalStateException("DNS record " + this + " holds no address");
        }
        try {
            return InetAddress.getByAddress(data);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name a PTR, CNAME or NS record points to. */
    public DnsName target() {
        if (type != DnsType.PTR && type != DnsType.CNAME && type != DnsType.NS) {
            throw new IllegalStateException("DNS record " + this + " holds no target name");
        }
        DnsWire.Reader reader = new DnsWire.Reader(data, 0, data.length);
        return reader.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DnsRecord r && r.name.key().equals(name.key()) && r.type == type
                && r.dnsClass == dnsClass && r.ttl == ttl && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return ((name.key().hashCode() * 31 + type) * 31 + (int) ttl) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        String rdata;
        if (type == DnsType.A && data.length == 4 || type == DnsType.AAAA && data.length == 16) {
            rdata = address().getHostAddress();
        } else if (type == DnsType.PTR || type == DnsType.CNAME || type == DnsType.NS) {
            rdata = target().isRoot() ? "." : target() + ".";
        } else {
            rdata = data.length + " bytes";
        }
        return (name.isRoot() ? "." : name + ".") + " " + ttl + " " + DnsType.name(type) + " " + rdata;
    }
}
