/**
 * Image layers unpacked into overlayfs lower directories, safely and once each.
 *
 * <p>{@link io.jcompose.runtime.image.layer.LayerExtractor} unpacks one gzip, zstd or plain tar blob;
 * {@link io.jcompose.runtime.image.layer.Snapshots} keeps one directory per chain ID and hands out
 * {@code lowerdir} lists. Decisions a reader may question:
 * <ul>
 *   <li>Paths are resolved like a chroot: a symlink met while resolving a later entry is followed inside the layer,
 *       an absolute target starting again at the layer root (as the container will see it); a relative target that
 *       climbs above the root fails the layer. Names containing {@code ..} fail outright, even when they would stay
 *       inside.</li>
 *   <li>A hard link to a symlink links the symlink itself ({@code link(2)} does not follow it), as docker does.</li>
 *   <li>A later entry replaces an earlier one with the same name (a directory stays a directory), as tar does.</li>
 *   <li>Each snapshot holds only its own layer's content, but is keyed by chain ID as the OCI spec and containerd
 *       do, so equal diffs on different parents are unpacked twice.</li>
 *   <li>PAX xattr values that are not valid UTF-8 (binary {@code security.capability} values with bytes of 0x80
 *       and above) fail the layer: commons-compress decodes them lossily, and a corrupt capability is worse than
 *       none.</li>
 * </ul>
 */
package io.jcompose.runtime.image.layer;
