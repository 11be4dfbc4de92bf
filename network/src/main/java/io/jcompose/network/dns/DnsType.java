package io.jcompose.network.dns;

/** The record types and response codes the embedded DNS server answers or names in its logs. */
public final class DnsType {

    public static final int A = 1;
    public static final int NS = 2;
    public static final int CNAME = 5;
    public static final int SOA = 6;
    public static final int PTR = 12;
    public static final int MX = 15;
    public static final int TXT = 16;
    public static final int AAAA = 28;
    public static final int SRV = 33;
    public static final int DNAME = 39;
    public static final int OPT = 41;
    public static final int ANY = 255;

    public static final int CLASS_IN = 1;

    public static final int NOERROR = 0;
    public static final int FORMERR = 1;
    public static final int SERVFAIL = 2;
    public static final int NXDOMAIN = 3;
    public static final int NOTIMP = 4;
    public static final int REFUSED = 5;

    private DnsType() {
    }

    /** The mnemonic of a record type, or {@code TYPE<n>} (RFC 3597) for others. */
    public static String name(int type) {
        return switch (type) {
            case A -> "A";
            case NS -> "NS";
            case CNAME -> "CNAME";
            case SOA -> "SOA";
            case PTR -> "PTR";
            case MX -> "MX";
            case TXT -> "TXT";
            case AAAA -> "AAAA";
            case SRV -> "SRV";
            case DNAME -> "DNAME";
            case OPT -> "OPT";
            case ANY -> "ANY";
            default -> "TYPE" + type;
        };
    }

    /** The mnemonic of a response code. */
    public static String rcodeName(int rcode) {
        return switch (rcode) {
            case NOERROR -> "NOERROR";
            case FORMERR -> "FORMERR";
            case SERVFAIL -> "SERVFAIL";
            case NXDOMAIN -> "NXDOMAIN";
            case NOTIMP -> "NOTIMP";
            case REFUSED -> "REFUSED";
            default -> "RCODE" + rcode;
        };
    }
}
