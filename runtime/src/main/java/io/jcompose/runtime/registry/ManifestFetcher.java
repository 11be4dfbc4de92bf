package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.registry.transport.RegistryErrors;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import io.jcompose.runtime.registry.transport.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * GETs a manifest or index and proves it is the one asked for: its computed digest must match the registry's
 * {@code Docker-Content-Digest} header and, when we asked by digest, that digest.
 */
final class ManifestFetcher {

    static final String ACCEPT = String.join(", ", MediaTypes.OCI_MANIFEST, MediaTypes.OCI_INDEX,
            MediaTypes.DOCKER_MANIFEST, MediaTypes.DOCKER_MANIFEST_LIST);
    private static final int MAX_SIZE = 4 * 1024 * 1024;

    /** A verified manifest or index document. */
    record Fetched(Digest digest, String mediaType, byte[] bytes) {
    }

    private ManifestFetcher() {
    }

    /**
     * @param expected the digest the document must have (a digest reference or an index entry), or null
     * @param expectedSize its size from an index entry, or -1
     */
    static Fetched fetch(RegistrySession session, String repository, String reference, Digest expected,
            long expectedSize) throws IOException, InterruptedException {
        Request get = Request.of("GET", session.endpoint().uri("/v2/" + repository + "/manifests/" + reference))
                .withHeader("Accept", ACCEPT);
        HttpResponse<InputStream> r = session.send(get);
        if (r.statusCode() != 200) {
            throw r.statusCode() == 404 ? notFound(r) : RegistryErrors.failure(r);
        }
        byte[] bytes;
        try (InputStream in = r.body()) {
            bytes = in.readNBytes(MAX_SIZE + 1);
        }
        if (bytes.length > MAX_SIZE) {
            throw new RegistryException("manifest " + reference + " is larger than " + MAX_SIZE + " bytes");
        }
        Digest computed = Digest.sha256(bytes);
        String header = r.headers().firstValue("Docker-Content-Digest").orElse(null);
        if (header != null) {
            Digest announced = parse(header);
            if (!digestOf(announced.algorithm(), bytes).equals(announced)) {
                throw new RegistryException("digest mismatch for manifest " + reference + ": the registry says "
                        + announced + ", the content is " + computed);
            }
        }
        if (expected != null && !digestOf(expected.algorithm(), bytes).equals(expected)) {
            throw new RegistryException("digest mismatch for manifest " + expected + ": the content is " + computed);
        }
        if (expectedSize >= 0 && bytes.length != expectedSize) {
            throw new RegistryException("size mismatch for manifest " + expected + ": expected " + expectedSize
                    + " bytes, got " + bytes.length);
        }
        return new Fetched(computed, mediaType(r, bytes), bytes);
    }

    private static RegistryException notFound(HttpResponse<InputStream> r) {
        RegistryException e = RegistryErrors.failure(r);
        return e.code() == null ? new RegistryException("manifest unknown", 404, "MANIFEST_UNKNOWN", null) : e;
    }

    private static String mediaType(HttpResponse<InputStream> r, byte[] bytes) throws IOException {
        String ct = r.headers().firstValue("Content-Type").orElse("");
        int semi = ct.indexOf(';');
        String type = (semi < 0 ? ct : ct.substring(0, semi)).trim();
        if (MediaTypes.isManifest(type) || MediaTypes.isIndex(type)) {
            return type;
        }
        String fromDocument = OciJson.mediaTypeOf(bytes);
        return fromDocument != null ? fromDocument : type;
    }

    private static Digest parse(String header) throws RegistryException {
        try {
            return Digest.of(header.trim());
        } catch (IllegalArgumentException e) {
            throw new RegistryException("the registry sent an invalid Docker-Content-Digest: " + e.getMessage());
        }
    }

    static Digest digestOf(String algorithm, byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm.equals("sha512") ? "SHA-512" : "SHA-256");
            return new Digest(algorithm, HexFormat.of().formatHex(md.digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }
}
