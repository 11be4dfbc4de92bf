package io.jcompose.network.dns;

/** The one question a client asks in a query: a name, a record type and a class (IN in practice). */
public record DnsQuestion(DnsName name, int type, int dnsClass) {

    public DnsQuestion {
        DnsWire.checkUnsigned16(type, "type");
        DnsWire.checkUnsigned16(dnsClass, "class");
    }

    public static DnsQuestion of(String name, int type) {
        return new DnsQuestion(DnsName.of(name), type, DnsType.CLASS_IN);
    }

    @Override
    public String toString() {
        return name + " " + DnsType.name(type);
    }
}
