package io.jcompose.runtime.image.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainIdTest {

    private static final Digest A = Digest.of("sha256:" + "a".repeat(64));
    private static final Digest B = Digest.of("sha256:" + "b".repeat(64));
    private static final Digest C = Digest.of("sha256:" + "c".repeat(64));

    @Test
    void baseLayerChainIdIsItsDiffId() {
        assertThat(ChainId.top(List.of(A))).isEqualTo(A);
    }

    @Test
    void eachUpperLayerHashesTheParentChainSpaceDiffId() {
        Digest ab = Digest.sha256(("sha256:" + "a".repeat(64) + " sha256:" + "b".repeat(64))
                .getBytes(StandardCharsets.US_ASCII));
        Digest abc = Digest.sha256((ab + " " + C).getBytes(StandardCharsets.US_ASCII));
        assertThat(ChainId.all(List.of(A, B, C))).containsExactly(A, ab, abc);
        assertThat(ChainId.top(List.of(A, B, C))).isEqualTo(abc);
    }

    @Test
    void knownValueComputedWithSha256sum() {
        // printf 'sha256:aaa...a sha256:bbb...b' | sha256sum
        assertThat(ChainId.of(A, B).hex())
                .isEqualTo("ccd722928bd92476ba1745586fed6e45a102504185ad88cd89e01ff116fd146c");
    }

    @Test
    void orderMatters() {
        assertThat(ChainId.top(List.of(A, B))).isNotEqualTo(ChainId.top(List.of(B, A)));
    }

    @Test
    void emptyListHasNoChainId() {
        assertThatThrownBy(() -> ChainId.top(List.of())).hasMessage("a chain ID needs at least one diff ID");
    }
}
