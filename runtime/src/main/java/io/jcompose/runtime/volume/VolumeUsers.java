package io.jcompose.runtime.volume;

import java.util.List;

/**
 * The engine's containers as volume users, read fresh on each call (from the container store in the engine, a
 * list in tests), so reference counts are never cached and never drift from the container records.
 */
@FunctionalInterface
public interface VolumeUsers {

    List<VolumeUser> all();

    VolumeUsers NONE = List::of;
}
