package io.jcompose.network.dns;

/** A DNS message that does not follow RFC 1035's wire format; the server drops such packets. */
public final class DnsFormatException extends IllegalArgumentException {

    public DnsFormatException(String message) {
        super(message);
    }
}
