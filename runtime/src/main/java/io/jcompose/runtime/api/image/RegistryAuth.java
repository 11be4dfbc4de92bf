package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.AuthConfigJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.registry.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes {@code X-Registry-Auth}: base64url (padded or not; plain base64 is accepted too) of a JSON auth config.
 * The docker CLI always sends one, {@code {}} when it has no credentials for the registry.
 */
final class RegistryAuth {

    static final String HEADER = "X-Registry-Auth";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegistryAuth() {
    }

    static Optional<Credentials> from(ApiRequest request) {
        return request.header(HEADER).flatMap(RegistryAuth::decode);
    }

    /** The credentials in a header value; empty for no header, {@code {}} or a config without a user. */
    static Optional<Credentials> decode(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        AuthConfigJson config;
        try {
            String urlSafe = header.strip().replace('+', '-').replace('/', '_');
            byte[] json = Base64.getUrlDecoder().decode(urlSafe);
            config = JSON.readValue(new String(json, StandardCharsets.UTF_8), AuthConfigJson.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new ApiException(400, "invalid X-Registry-Auth header: expected base64url-encoded JSON");
        }
        if (config.identityToken() != null && !config.identityToken().isEmpty()) {
            return Optional.of(new Credentials("<token>", config.identityToken()));
        }
        if (config.username() != null && !config.username().isEmpty()) {
            return Optional.of(new Credentials(config.username(), config.password() == null ? ""
                    : config.password()));
        }
        if (config.auth() != null && !config.auth().isEmpty()) {
            try {
                return Optional.of(Credentials.ofDockerAuth(config.auth()));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "invalid X-Registry-Auth header: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
