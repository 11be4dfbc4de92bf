package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.ref.ImageReference;
import java.util.List;

/**
 * The options of {@code docker import}.
 *
 * @param name the name to give the image, or null for an unnamed image
 * @param changes Dockerfile instructions ({@code CMD ["sh"]}, {@code ENV A=1}, {@code WORKDIR /app})
 * @param message the history comment, or null for {@code Imported from <source>}
 * @param source what the tarball was ({@code -} for stdin), for the history comment
 */
public record ImportOptions(ImageReference name, List<String> changes, String message, String source,
        Platform platform) {

    public ImportOptions {
        changes = changes == null ? List.of() : List.copyOf(changes);
        platform = platform == null ? Platform.host() : platform;
        source = source == null ? "-" : source;
    }

    public static ImportOptions of(ImageReference name, List<String> changes) {
        return new ImportOptions(name, changes, null, "-", null);
    }
}
