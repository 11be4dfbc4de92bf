package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.transport.HttpSender;
import io.jcompose.runtime.registry.transport.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Registry clients for tests: no real sleeping (delays are recorded), a fixed platform. */
final class Clients {

    static final Platform AMD64 = new Platform("amd64", "linux", null);

    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    RegistryOptions options(CredentialSource credentials) {
        return RegistryOptions.defaults().withCredentials(credentials).withPlatform(AMD64)
                .withRetry(RetryPolicy.defaults().withSleeper(sleeps::add));
    }

    RegistryClient client(CredentialSource credentials) {
        return new RegistryClient(options(credentials), HttpSender.jdk(Duration.ofSeconds(5)));
    }

    RegistryClient client() {
        return client(CredentialSource.NONE);
    }
}
