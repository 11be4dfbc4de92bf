package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image in a registry as the registry client needs it: host, repository path, and a tag or a digest. The
 * image reference parser (docker's normalisation) produces these three parts; this type only checks them.
 */
public record RemoteImage(String registryHost, String repository, String tagOrDigest) {

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    public RemoteImage {
        if (registryHost == null || registryHost.isBlank() || registryHost.contains("/")) {
            throw new IllegalArgumentException("invalid registry host \"" + registryHost + "\"");
        }
        if (repository == null || !REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("invalid repository name \"" + repository
                    + "\" (lower-case letters, digits and separators, components joined by /)");
        }
        if (tagOrDigest == null) {
            throw new IllegalArgumentException("missing tag or digest for " + registryHost + "/" + repository);
        }
        if (tagOrDigest.contains(":")) {
            Digest.of(tagOrDigest);
        } else if (!TAG.matcher(tagOrDigest).matches()) {
            throw new IllegalArgumentException("invalid tag \"" + tagOrDigest + "\" (up to 128 letters, digits, "
                    + "'_', '.', '-', not starting with '.' or '-')");
        }
    }

    public static RemoteImage of(String registryHost, String repository, String tagOrDigest) {
        return new RemoteImage(registryHost, repository, tagOrDigest);
    }

    /** The digest when the image is named by one. */
    public Optional<Digest> digest() {
        return tagOrDigest.contains(":") ? Optional.of(Digest.of(tagOrDigest)) : Optional.empty();
    }

    /** The same repository under another tag or digest. */
    public RemoteImage withTagOrDigest(String newTagOrDigest) {
        return new RemoteImage(registryHost, repository, newTagOrDigest);
    }

    @Override
    public String toString() {
        return registryHost + "/" + repository + (tagOrDigest.contains(":") ? "@" : ":") + tagOrDigest;
    }
}
