package io.jcompose.runtime.image.ref;

/**
 * PLACEHOLDER (owned by the image-store work): an image name as docker normalises it; {@code redis} is
 * {@code docker.io/library/redis:latest}.
 *
 * @param domain registry host, with port if any ({@code docker.io}, {@code localhost:5000})
 * @param path repository path within the registry ({@code library/redis})
 * @param tag the tag, or null when only a digest is given
 * @param digest the digest ({@code sha256:...}), or null
 */
public record ImageReference(String domain, String path, String tag, String digest) {

    /** Parses and normalises a reference; throws IllegalArgumentException with docker's wording. */
    public static ImageReference parse(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
