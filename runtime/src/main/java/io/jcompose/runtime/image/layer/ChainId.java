package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * OCI chain IDs: a layer's identity together with every layer beneath it, so that the same diff on another parent
 * gets its own snapshot. ChainID(L0) = DiffID(L0); ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)).
 */
public final class ChainId {

    private ChainId() {}

    /** The chain ID of {@code diffId} on top of {@code parent} (null for a base layer). */
    public static Digest of(Digest parent, Digest diffId) {
        if (parent == null) {
            return diffId;
        }
        return Digest.sha256((parent + " " + diffId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The chain ID of each layer of {@code diffIds} (bottom first), in the same order. */
    public static List<Digest> all(List<Digest> diffIds) {
        List<Digest> chain = new ArrayList<>(diffIds.size());
        Digest parent = null;
        for (Digest diffId : diffIds) {
            parent = of(parent, diffId);
            chain.add(parent);
        }
        return List.copyOf(chain);
    }

    /** The chain ID of the top layer of {@code diffIds}; throws if the list is empty. */
    public static Digest top(List<Digest> diffIds) {
        if (diffIds.isEmpty()) {
            throw new IllegalArgumentException("a chain ID needs at least one diff ID");
        }
        return all(diffIds).getLast();
    }
}
