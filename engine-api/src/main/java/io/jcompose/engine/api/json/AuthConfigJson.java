package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The credentials a client sends in {@code X-Registry-Auth} (base64url of this JSON) for a pull or push; the
 * {@code auth} field, when used, is base64 of {@code user:password}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthConfigJson(
        @JsonProperty("username") String username,
        @JsonProperty("password") String password,
        @JsonProperty("auth") String auth,
        @JsonProperty("serveraddress") String serverAddress,
        @JsonProperty("identitytoken") String identityToken,
        @JsonProperty("registrytoken") String registryToken) {
}
