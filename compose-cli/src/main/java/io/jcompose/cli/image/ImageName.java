package io.jcompose.cli.image;

/**
 * An image name split as the engine API wants it (repository, then tag or digest) and completed as docker prints
 * it after a pull ({@code alpine} is {@code docker.io/library/alpine:latest}). Validation is the engine's job.
 */
public record ImageName(String repository, String tag, String digest) {

    static final String DEFAULT_DOMAIN = "docker.io";

    public static ImageName parse(String name) {
        String rest = name;
        String digest = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = "";
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageName(rest, tag, digest);
    }

    /** The tag or digest to ask for; {@code latest} when the name has neither. */
    public String tagOrDigest() {
        return !digest.isEmpty() ? digest : tag.isEmpty() ? "latest" : tag;
    }

    /** {@code docker.io/library/alpine:latest}: the registry domain and, on Docker Hub, {@code library/}. */
    public String canonical() {
        String repo = repository;
        int slash = repo.indexOf('/');
        String first = slash < 0 ? "" : repo.substring(0, slash);
        boolean hasDomain = slash >= 0 && (first.contains(".") || first.contains(":") || first.equals("localhost")
                || !first.equals(first.toLowerCase(java.util.Locale.ROOT)));
        if (!hasDomain) {
            repo = DEFAULT_DOMAIN + "/" + (slash < 0 ? "library/" : "") + repo;
        } else if ((first.equals(DEFAULT_DOMAIN) || first.equals("index.docker.io"))
                && repo.indexOf('/', slash + 1) < 0) {
            repo = DEFAULT_DOMAIN + "/library/" + repo.substring(slash + 1);
        }
        if (!digest.isEmpty()) {
            return repo + (tag.isEmpty() ? "" : ":" + tag) + "@" + digest;
        }
        return repo + ":" + (tag.isEmpty() ? "latest" : tag);
    }
}
