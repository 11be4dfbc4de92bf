package io.jcompose.model.extend;

import io.jcompose.model.tree.MapNode;
import java.nio.file.Path;

/**
 * The services of one file that {@code extends} looks into.
 *
 * @param id identity used to detect cycles (the absolute path, or the display name for stdin)
 * @param displayName the file's name in messages
 * @param directory the directory that relative {@code extends.file} values are relative to
 * @param services the file's {@code services} mapping
 */
record ExtendsSource(String id, String displayName, Path directory, MapNode services) {
}
