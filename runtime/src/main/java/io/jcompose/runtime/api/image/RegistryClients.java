package io.jcompose.runtime.api.image;

import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.auth.Credentials;
import java.util.Optional;

/**
 * Opens a registry client for one pull or push, with the credentials the client sent in {@code X-Registry-Auth}
 * taking the place of the engine's own; tests substitute clients that do not sleep between retries.
 */
@FunctionalInterface
public interface RegistryClients {

    RegistryClient open(Optional<Credentials> fromRequest);

    /** Clients with {@code options}; request credentials win, the options' credential source is the fallback. */
    static RegistryClients of(RegistryOptions options) {
        return fromRequest -> RegistryClient.create(options.withCredentials(withFallback(fromRequest,
                options.credentials())));
    }

    /** The request's credentials for any host, else what {@code fallback} finds. */
    static CredentialSource withFallback(Optional<Credentials> fromRequest, CredentialSource fallback) {
        return fromRequest.isPresent() ? host -> fromRequest : fallback;
    }
}
