package io.jcompose.runtime.image.layer;

import java.nio.charset.StandardCharsets;

/** The names of the OCI (aufs-style) whiteouts in a layer tar and the overlayfs marks they become. */
final class Whiteouts {

    /** {@code .wh.NAME} hides NAME of lower layers. */
    static final String PREFIX = ".wh.";
    /** Names starting so are whiteout metadata, not whiteouts of files. */
    static final String META_PREFIX = ".wh..wh.";
    /** Marks its directory as opaque: nothing of lower layers shows through. */
    static final String OPAQUE = ".wh..wh..opq";
    static final String OPAQUE_XATTR = "trusted.overlay.opaque";
    static final byte[] OPAQUE_VALUE = "y".getBytes(StandardCharsets.US_ASCII);

    private Whiteouts() {}
}
