package io.jcompose.runtime.image.ref;

import io.jcompose.runtime.image.Digest;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * An image name as docker normalises it, so that {@code redis}, {@code library/redis} and
 * {@code docker.io/library/redis:latest} are one value and one key in the image store.
 *
 * @param domain registry host, with port if any ({@code docker.io}, {@code localhost:5000})
 * @param path repository path within the registry ({@code library/redis})
 * @param tag the tag, or null when only a digest is given
 * @param digest the digest ({@code sha256:...}), or null
 */
public record ImageReference(String domain, String path, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";
    public static final String DOCKER_HUB_API_HOST = "registry-1.docker.io";
    private static final String LEGACY_HUB = "index.docker.io";
    private static final String OFFICIAL_PREFIX = "library/";
    private static final String BAD_FORMAT = "invalid reference format";

    public ImageReference {
        if (domain == null || !ReferenceGrammar.DOMAIN_ONLY.matcher(domain).matches()
                || path == null || !ReferenceGrammar.PATH_ONLY.matcher(path).matches()) {
            throw new IllegalArgumentException(BAD_FORMAT + ": \"" + domain + "/" + path + "\" is not a repository name");
        }
        if (tag != null && !ReferenceGrammar.TAG_ONLY.matcher(tag).matches()) {
            throw new IllegalArgumentException("invalid tag format: \"" + tag + "\"");
        }
        if (digest != null) {
            digest = checkDigest(digest).toString();
        }
        if (domain.length() + 1 + path.length() > ReferenceGrammar.NAME_MAX) {
            throw new IllegalArgumentException("repository name must not be more than 255 characters");
        }
    }

    /**
     * Parses and normalises a reference the way {@code docker pull} does: docker.io is the default domain, official
     * images live under {@code library/}, and {@code latest} is the tag when neither tag nor digest is given.
     * Throws IllegalArgumentException with docker's wording.
     */
    public static ImageReference parse(String text) {
        if (ReferenceGrammar.IMAGE_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("invalid repository name (" + text
                    + "), cannot specify 64-byte hexadecimal strings");
        }
        int slash = text.indexOf('/');
        String domain = DOCKER_HUB;
        String remainder = text;
        if (slash >= 0 && isDomain(text.substring(0, slash))) {
            domain = text.substring(0, slash);
            remainder = text.substring(slash + 1);
        }
        if (domain.equals(LEGACY_HUB)) {
            domain = DOCKER_HUB;
        }
        if (domain.equals(DOCKER_HUB) && remainder.indexOf('/') < 0) {
            remainder = OFFICIAL_PREFIX + remainder;
        }
        int colon = remainder.indexOf(':');
        String remoteName = colon < 0 ? remainder : remainder.substring(0, colon);
        if (!remoteName.toLowerCase(Locale.ROOT).equals(remoteName)) {
            throw new IllegalArgumentException(BAD_FORMAT + ": repository name (" + remoteName + ") must be lowercase");
        }
        String full = domain + "/" + remainder;
        Matcher m = ReferenceGrammar.REFERENCE.matcher(full);
        if (!m.matches()) {
            throw new IllegalArgumentException(BAD_FORMAT);
        }
        if (m.group(1).length() > ReferenceGrammar.NAME_MAX) {
            throw new IllegalArgumentException("repository name must not be more than 255 characters");
        }
        String path = m.group(1).substring(domain.length() + 1);
        String tag = m.group(2);
        String digest = m.group(3);
        return new ImageReference(domain, path, tag == null && digest == null ? "latest" : tag, digest);
    }

    /** Whether the first component of a name is a registry rather than a path component. */
    private static boolean isDomain(String first) {
        return first.contains(".") || first.contains(":") || first.equals("localhost");
    }

    private static Digest checkDigest(String text) {
        int colon = text.indexOf(':');
        String algorithm = colon <= 0 ? "" : text.substring(0, colon);
        String hex = text.substring(colon + 1);
        int length = switch (algorithm) {
            case "sha256" -> 64;
            case "sha512" -> 128;
            default -> throw new IllegalArgumentException(colon <= 0 || hex.isEmpty()
                    ? "invalid checksum digest format" : "unsupported digest algorithm");
        };
        if (hex.length() != length) {
            throw new IllegalArgumentException("invalid checksum digest length");
        }
        if (!hex.matches("[a-f0-9]+")) {
            throw new IllegalArgumentException("invalid checksum digest format");
        }
        return new Digest(algorithm, hex);
    }

    /** The repository name with its domain, {@code docker.io/library/redis}. */
    public String repository() {
        return domain + "/" + path;
    }

    /** The repository name as docker prints it: {@code redis}, {@code user/app}, {@code localhost:5000/a}. */
    public String familiarRepository() {
        if (!domain.equals(DOCKER_HUB)) {
            return repository();
        }
        if (path.startsWith(OFFICIAL_PREFIX) && path.indexOf('/', OFFICIAL_PREFIX.length()) < 0) {
            return path.substring(OFFICIAL_PREFIX.length());
        }
        return path;
    }

    /** The whole reference as docker prints it: {@code redis:latest}, {@code user/app@sha256:...}. */
    public String familiar() {
        return familiarRepository() + suffix();
    }

    /** The host to call for the registry API; Docker Hub's API does not answer on {@code docker.io}. */
    public String registryHost() {
        return domain.equals(DOCKER_HUB) ? DOCKER_HUB_API_HOST : domain;
    }

    public boolean isDigested() {
        return digest != null;
    }

    /** The digest as a value, or null. */
    public Digest digestValue() {
        return digest == null ? null : Digest.of(digest);
    }

    /** This repository with {@code newTag}, keeping the digest if there is one. */
    public ImageReference withTag(String newTag) {
        return new ImageReference(domain, path, newTag, digest);
    }

    /** This repository pinned to {@code newDigest}, keeping the tag if there is one. */
    public ImageReference withDigest(Digest newDigest) {
        return new ImageReference(domain, path, tag, newDigest.toString());
    }

    /** The repository alone with only {@code newDigest}: the form stored for a repo digest. */
    public ImageReference onlyDigest(Digest newDigest) {
        return new ImageReference(domain, path, null, newDigest.toString());
    }

    /** The repository alone with only {@code newTag}. */
    public ImageReference onlyTag(String newTag) {
        return new ImageReference(domain, path, newTag, null);
    }

    private String suffix() {
        return (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    /** The canonical form, {@code docker.io/library/redis:latest}. */
    @Override
    public String toString() {
        return repository() + suffix();
    }
}
