package io.jcompose.runtime.registry.auth;

import java.io.IOException;
import java.util.Optional;

/** Where registry credentials come from, so that tests and the engine can supply their own instead of a file. */
@FunctionalInterface
public interface CredentialSource {

    /** No credentials anywhere: anonymous access only. */
    CredentialSource NONE = registry -> Optional.empty();

    /** Credentials for a registry host as the user wrote it ({@code docker.io}, {@code 127.0.0.1:5000}). */
    Optional<Credentials> find(String registryHost) throws IOException;
}
