/**
 * The OCI runtime config ({@code config.json}) of a container, derived the way Docker derives it: from a
 * {@link io.jcompose.runtime.container.spec.ContainerSpec}, the image's run defaults, the rootfs's own passwd and
 * group files and the engine's files, by {@link io.jcompose.runtime.container.spec.SpecBuilder}, written by
 * {@link io.jcompose.runtime.container.spec.SpecFiles}. Pure code: nothing here runs a process or needs root.
 */
package io.jcompose.runtime.container.spec;
