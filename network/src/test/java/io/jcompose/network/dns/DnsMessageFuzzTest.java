package io.jcompose.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: garbage, truncations and mutations never fail with anything but DnsFormatException. */
class DnsMessageFuzzTest {

    private static final long SEED = 0x5eed_d115L;

    @Test
    void garbageOnlyEverFailsAsAFormatError() {
        Random random = new Random(SEED);
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] bytes = new byte[random.nextInt(80)];
            random.nextBytes(bytes);
            if (parses(bytes)) {
                parsed++;
            }
        }
        assertThat(parsed).isLessThan(50_000);
    }

    @Test
    void truncatedAndMutatedRealMessagesOnlyEverFailAsFormatErrors() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2_000; i++) {
            byte[] valid = randomMessage(random).toBytes();
            for (int cut = 0; cut < valid.length; cut++) {
                parses(Arrays.copyOf(valid, cut));
            }
            for (int m = 0; m < 20; m++) {
                byte[] mutated = valid.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                parses(mutated);
            }
        }
    }

    @Test
    void randomMessagesRoundTrip() throws Exception {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 5_000; i++) {
            DnsMessage m = randomMessage(random);
            assertThat(DnsMessage.parse(m.toBytes())).isEqualTo(m);
        }
    }

    /** True if the bytes parse; a format error is false; any other exception fails the test. */
    private static boolean parses(byte[] bytes) {
        try {
            DnsMessage m = DnsMessage.parse(bytes);
            m.toBytes();
            return true;
        } catch (DnsFormatException e) {
            return false;
        }
    }

    static DnsMessage randomMessage(Random random) throws Exception {
        List<String> pool = List.of("web", "db", "Proj_Default", "example", "com", "a", "x-1");
        List<DnsQuestion> questions = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            questions.add(new DnsQuestion(randomName(random, pool), random.nextInt(300), 1));
        }
        List<DnsRecord> answers = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            DnsName name = randomName(random, pool);
            answers.add(switch (random.nextInt(4)) {
                case 0 -> DnsRecord.address(name, InetAddress.getByAddress(bytes(random, 4)), random.nextInt(1000));
                case 1 -> DnsRecord.address(name, InetAddress.getByAddress(bytes(random, 16)), 600);
                case 2 -> DnsRecord.ptr(name, randomName(random, pool), 600);
                default -> new DnsRecord(name, DnsType.TXT, 1, 60, bytes(random, random.nextInt(40)));
            });
        }
        List<DnsRecord> additionals = random.nextBoolean() ? List.of(DnsRecord.opt(4096)) : List.of();
        return new DnsMessage(random.nextInt(0x10000), random.nextInt(0x10000), questions, answers, List.of(),
                additionals);
    }

    private static DnsName randomName(Random random, List<String> pool) {
        List<String> labels = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            labels.add(pool.get(random.nextInt(pool.size())));
        }
        return new DnsName(labels);
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
