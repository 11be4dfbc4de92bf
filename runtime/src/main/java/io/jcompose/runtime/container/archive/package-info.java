/**
 * {@code docker cp} on the engine's side: {@link io.jcompose.runtime.container.archive.ContainerArchives} stats,
 * archives and extracts paths of a container, whose root {@link io.jcompose.runtime.container.archive.ContainerRoots}
 * lends under the container's lock. Decisions a reader may question:
 * <ul>
 *   <li>Paths resolve like a chroot ({@link io.jcompose.runtime.container.archive.RootResolver}): {@code ..} and
 *       symlinks stop at the container's root, as docker's scoped resolution does; the last symlink is followed only
 *       for a trailing {@code /} (and always for PUT's destination).</li>
 *   <li>Upload entries may not climb above the destination ({@code "../x" is outside of "/tmp"}), but a symlink
 *       met on the way is followed within the root, as docker's chrooted extraction does. Device nodes are refused
 *       (docker makes them); fifos are made. Extended attributes are neither archived nor extracted.</li>
 *   <li>Bind mounts and volumes are not seen: the root is the overlay, so a path under a volume of a running
 *       container reads and writes the overlay beneath the mount (docker copies into the volume).</li>
 *   <li>Running containers can change their tree while we resolve it; a final real-path check catches a symlink
 *       swapped in during resolution, but not one swapped between that check and the open (docker once paused the
 *       container for this, CVE-2018-15664; openat2 with RESOLVE_IN_ROOT would close it).</li>
 * </ul>
 */
package io.jcompose.runtime.container.archive;
