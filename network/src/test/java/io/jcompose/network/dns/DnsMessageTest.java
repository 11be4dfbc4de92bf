package io.jcompose.network.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsMessageTest {

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    /** example.com A, id 0xabcd, RD: as dig or a libc stub sends it. */
    static final String QUERY = "abcd 0100 0001 0000 0000 0000 07 6578616d706c65 03 636f6d 00 0001 0001";

    /** A reply with an A record and a CNAME whose owner and data both use compression pointers. */
    static final String REPLY = "abcd 8180 0001 0002 0000 0000 07 6578616d706c65 03 636f6d 00 0001 0001"
            + " c00c 0001 0001 00000e10 0004 5db8d822"
            + " 03 777777 c00c 0005 0001 0000003c 0002 c00c";

    @Test
    void parsesAQuery() {
        DnsMessage m = DnsMessage.parse(hex(QUERY));
        assertThat(m.id()).isEqualTo(0xabcd);
        assertThat(m.isResponse()).isFalse();
        assertThat(m.recursionDesired()).isTrue();
        assertThat(m.opcode()).isZero();
        assertThat(m.questions()).containsExactly(DnsQuestion.of("example.com", DnsType.A));
        assertThat(m.answers()).isEmpty();
        assertThat(m.udpPayloadSize()).isEqualTo(512);
    }

    @Test
    void writesTheQueryByteForByte() {
        DnsMessage m = new DnsMessage(0xabcd, 0x0100, List.of(DnsQuestion.of("example.com", DnsType.A)),
                List.of(), List.of(), List.of());
        assertThat(m.toBytes()).isEqualTo(hex(QUERY));
    }

    @Test
    void expandsCompressedNamesInOwnersAndData() throws Exception {
        DnsMessage m = DnsMessage.parse(hex(REPLY));
        assertThat(m.isResponse()).isTrue();
        assertThat(m.recursionAvailable()).isTrue();
        assertThat(m.rcode()).isEqualTo(DnsType.NOERROR);
        assertThat(m.answers()).hasSize(2);
        DnsRecord a = m.answers().get(0);
        assertThat(a.name()).isEqualTo(DnsName.of("example.com"));
        assertThat(a.ttl()).isEqualTo(3600);
        assertThat(a.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        DnsRecord cname = m.answers().get(1);
        assertThat(cname.name().toString()).isEqualTo("www.example.com");
        assertThat(cname.target().toString()).isEqualTo("example.com");
        assertThat(cname.data()).isEqualTo(hex("07 6578616d706c65 03 636f6d 00"));
        assertThat(cname.toString()).isEqualTo("www.example.com. 60 CNAME example.com.");
    }

    @Test
    void compressesRepeatedOwnerNamesOnWrite() throws Exception {
        DnsMessage query = DnsMessage.parse(hex(QUERY));
        DnsName name = DnsName.of("example.com");
        DnsMessage reply = query.reply(DnsType.NOERROR).withAnswers(List.of(
                DnsRecord.address(name, InetAddress.getByName("93.184.216.34"), 3600)));
        assertThat(reply.toBytes()).isEqualTo(hex("abcd 8180 0001 0001 0000 0000 07 6578616d706c65 03 636f6d 00"
                + " 0001 0001 c00c 0001 0001 00000e10 0004 5db8d822"));
    }

    @Test
    void compressesSharedSuffixesCaseInsensitively() {
        DnsMessage m = new DnsMessage(1, 0, List.of(DnsQuestion.of("a.EXAMPLE.com", DnsType.A)),
                List.of(new DnsRecord(DnsName.of("b.example.COM"), DnsType.TXT, 1, 5, new byte[] {1, 'x'})),
                List.of(), List.of());
        byte[] bytes = m.toBytes();
        // question name at 12 (15 bytes + 4), then "b" label and a pointer to offset 14 ("EXAMPLE.com")
        assertThat(HexFormat.of().formatHex(bytes, 31, 35)).isEqualTo("0162c00e");
        DnsMessage back = DnsMessage.parse(bytes);
        assertThat(back.answers().getFirst().name().toString()).isEqualTo("b.EXAMPLE.com");
    }

    @Test
    void roundTripsEveryRecordKind() throws Exception {
        DnsName web = DnsName.of("web");
        DnsMessage m = new DnsMessage(7, 0x8580, List.of(DnsQuestion.of("web", DnsType.ANY)),
                List.of(DnsRecord.address(web, InetAddress.getByName("172.18.0.2"), 600),
                        DnsRecord.address(web, InetAddress.getByName("fd00::2"), 600),
                        DnsRecord.ptr(ReverseName.of(InetAddress.getByName("172.18.0.2")),
                                DnsName.of("proj-web-1.proj_default"), 600)),
                List.of(new DnsRecord(DnsName.of("proj"), DnsType.SOA, 1, 60, hex(
                        "02 6e73 00 04 726f6f74 00 00000001 00000002 00000003 00000004 00000005"))),
                List.of(DnsRecord.opt(1232)));
        DnsMessage back = DnsMessage.parse(m.toBytes());
        assertThat(back).isEqualTo(m);
        assertThat(back.udpPayloadSize()).isEqualTo(1232);
        assertThat(back.isAuthoritative()).isTrue();
        assertThat(back.answers().get(2).target().toString()).isEqualTo("proj-web-1.proj_default");
    }

    @Test
    void replyCopiesIdOpcodeRdAndQuestion() {
        DnsMessage query = DnsMessage.parse(hex(QUERY));
        DnsMessage reply = query.reply(DnsType.NXDOMAIN);
        assertThat(reply.id()).isEqualTo(0xabcd);
        assertThat(reply.flags()).isEqualTo(0x8183);
        assertThat(reply.questions()).isEqualTo(query.questions());
        assertThat(reply.withTruncated(true).isTruncated()).isTrue();
    }

    @Test
    void rejectsMalformedPackets() {
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001")))
                .isInstanceOf(DnsFormatException.class)
                .hasMessage("DNS message truncated: 2 bytes needed at offset 6 of 6");
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001 0000 0000 0000 c00c 0001 0001")))
                .hasMessage("DNS name pointer at offset 12 does not point backwards");
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001 0000 0000 0000 4161 00 0001 0001")))
                .hasMessage("DNS label type 1 at offset 12 is not supported");
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001 0000 0000 0000 05 6162 00")))
                .hasMessage("DNS label runs past the end at offset 12");
        assertThatThrownBy(() -> DnsMessage.parse(hex(
                "abcd 8180 0000 0001 0000 0000 00 000c 0001 00000000 0002 016100")))
                .hasMessage("DNS name runs past the end at offset 25");
        assertThatThrownBy(() -> DnsMessage.parse(hex(
                "abcd 8180 0000 0001 0000 0000 00 000c 0001 00000000 0004 01610000")))
                .hasMessage("DNS PTR record data of . has 3 bytes where its length says 4");
    }

    @Test
    void aPointerLoopEnds() {
        // offset 12: label "a" then a pointer back to 12: each pass adds a label until the name is over 255 bytes
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001 0000 0000 0000 0161 c00c 0001 0001")))
                .isInstanceOf(DnsFormatException.class)
                .hasMessageContaining("does not point backwards");
        assertThatThrownBy(() -> DnsMessage.parse(hex("abcd 0100 0001 0000 0000 0000 0161 c00c c00e 0001 0001")))
                .isInstanceOf(DnsFormatException.class);
    }

    @Test
    void theMessageIsReadOnlyWithinItsBounds() {
        byte[] padded = hex("ffff" + QUERY + "ffff");
        DnsMessage m = DnsMessage.parse(padded, 2, padded.length - 4);
        assertThat(m.questions()).containsExactly(DnsQuestion.of("example.com", DnsType.A));
        assertThatThrownBy(() -> DnsMessage.parse(padded, 2, padded.length - 5))
                .isInstanceOf(DnsFormatException.class);
    }
}
