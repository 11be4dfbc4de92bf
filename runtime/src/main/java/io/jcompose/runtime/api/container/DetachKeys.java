package io.jcompose.runtime.api.container;

import java.io.ByteArrayOutputStream;

/**
 * Watches what a client types into a container's terminal for docker's detach sequence ({@code ctrl-p,ctrl-q}
 * unless the client names its own): bytes that may start the sequence are held back until it is complete (the
 * client detaches; they are dropped) or broken (they are passed on after all).
 */
final class DetachKeys {

    /** Docker's default sequence, {@code ctrl-p,ctrl-q}. */
    static final byte[] DEFAULT = {0x10, 0x11};

    private final byte[] keys;
    private int matched;

    /** @param keys the sequence; empty: never detach */
    DetachKeys(byte[] keys) {
        this.keys = keys.clone();
    }

    /**
     * Passes {@code length} typed bytes through: what is not (yet) part of the sequence goes to {@code out}; true when
     * the sequence is complete, and then the bytes after it are dropped.
     */
    boolean feed(byte[] typed, int offset, int length, ByteArrayOutputStream out) {
        for (int i = offset; i < offset + length; i++) {
            byte b = typed[i];
            if (keys.length == 0) {
                out.write(b);
                continue;
            }
            if (b != keys[matched] && matched > 0) {
                out.write(keys, 0, matched); // the held bytes were input after all
                matched = 0;
            }
            if (b == keys[matched]) {
                matched++;
                if (matched == keys.length) {
                    matched = 0;
                    return true;
                }
            } else {
                out.write(b);
            }
        }
        return false;
    }
}
