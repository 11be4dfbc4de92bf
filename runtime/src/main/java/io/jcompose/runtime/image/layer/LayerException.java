package io.jcompose.runtime.image.layer;

import java.io.IOException;

/**
 * A layer that cannot be unpacked safely or at all (malicious paths, forbidden devices, corrupt streams, a wrong
 * diff ID); the message names the layer and, where one is to blame, the tar entry.
 */
public final class LayerException extends IOException {

    private static final long serialVersionUID = 1L;

    private LayerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code layer LABEL: MESSAGE}. */
    public static LayerException of(String layer, String message) {
        return new LayerException("layer " + layer + ": " + message, null);
    }

    /** {@code layer LABEL: MESSAGE}, keeping the low-level cause for {@code --debug}. */
    public static LayerException of(String layer, String message, Throwable cause) {
        return new LayerException("layer " + layer + ": " + message, cause);
    }

    /** {@code layer LABEL: entry "NAME" PROBLEM}. */
    public static LayerException entry(String layer, String entry, String problem) {
        return new LayerException("layer " + layer + ": entry \"" + entry + "\" " + problem, null);
    }

    /** {@code layer LABEL: entry "NAME" PROBLEM}, keeping the low-level cause. */
    public static LayerException entry(String layer, String entry, String problem, Throwable cause) {
        return new LayerException("layer " + layer + ": entry \"" + entry + "\" " + problem, cause);
    }
}
