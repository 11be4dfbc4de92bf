package io.jcompose.runtime.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Signs registry tokens (RS256 JWTs) with an RSA key made by the JDK's {@code keytool}; its self-signed certificate
 * is the root bundle docker-registry trusts, and the JWT header names the key by its libtrust key ID.
 */
final class TokenSigner {

    static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");
    private static final String ALIAS = "token";
    private static final String PASSWORD = "jcompose-test";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final PrivateKey key;
    private final String keyId;
    private final Path certificate;

    private TokenSigner(PrivateKey key, String keyId, Path certificate) {
        this.key = key;
        this.keyId = keyId;
        this.certificate = certificate;
    }

    /** Generates a key pair and a self-signed certificate (PEM) in {@code dir}. */
    static TokenSigner create(Path dir) throws IOException, InterruptedException {
        Path keystore = dir.resolve("ks.p12");
        Path pem = dir.resolve("cert.pem");
        String[] store = {"-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
            "-alias", ALIAS};
        LocalRegistry.run(concat(new String[] {KEYTOOL.toString(), "-genkeypair", "-keyalg", "RSA", "-keysize",
            "2048", "-dname", "CN=jcompose-test-token", "-validity", "2", "-keypass", PASSWORD}, store));
        LocalRegistry.run(concat(new String[] {KEYTOOL.toString(), "-exportcert", "-rfc", "-file", pem.toString()},
                store));
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, PASSWORD.toCharArray());
            return new TokenSigner(key, keyId(ks.getCertificate(ALIAS).getPublicKey()), pem);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the token key from " + keystore, e);
        }
    }

    /** The PEM file to give docker-registry as {@code rootcertbundle}. */
    Path certificate() {
        return certificate;
    }

    /** The compact JWT {@code header.claims.signature} for {@code claimsJson}. */
    String sign(String claimsJson) {
        String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\"}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /**
     * The libtrust key ID: SHA-256 of the DER SubjectPublicKeyInfo, its first 240 bits in base32 (48 characters),
     * as 12 groups of 4 joined by ':'.
     */
    static String keyId(PublicKey publicKey) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String b32 = base32(Arrays.copyOf(hash, 30));
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < b32.length(); i += 4) {
            groups.add(b32.substring(i, i + 4));
        }
        return String.join(":", groups);
    }

    /** RFC 4648 base32 without padding. */
    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
