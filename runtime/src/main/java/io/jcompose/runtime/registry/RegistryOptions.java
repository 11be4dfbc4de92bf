package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.auth.DockerConfigCredentials;
import io.jcompose.runtime.registry.transport.RetryPolicy;
import java.time.Clock;
import java.util.Set;

/**
 * How the registry client behaves: which hosts may be spoken to over plain HTTP, where credentials come from,
 * retries, how many blobs move at once, the upload chunk size (0: one request per blob), the platform to pull.
 */
public record RegistryOptions(
        Set<String> insecureRegistries,
        CredentialSource credentials,
        RetryPolicy retry,
        int parallelTransfers,
        long uploadChunkSize,
        Platform platform,
        Clock clock) {

    public RegistryOptions {
        insecureRegistries = Set.copyOf(insecureRegistries);
        if (parallelTransfers < 1) {
            throw new IllegalArgumentException("parallelTransfers must be at least 1, was " + parallelTransfers);
        }
    }

    /** HTTPS everywhere but loopback, docker's config.json, 5 attempts, 3 transfers at once, this host's platform. */
    public static RegistryOptions defaults() {
        return new RegistryOptions(Set.of(), DockerConfigCredentials.lazy(DockerConfigCredentials.defaultPath()),
                RetryPolicy.defaults(), 3, 0, Platform.host(), Clock.systemUTC());
    }

    public RegistryOptions withInsecureRegistries(Set<String> hosts) {
        return new RegistryOptions(hosts, credentials, retry, parallelTransfers, uploadChunkSize, platform, clock);
    }

    public RegistryOptions withCredentials(CredentialSource source) {
        return new RegistryOptions(insecureRegistries, source, retry, parallelTransfers, uploadChunkSize, platform,
                clock);
    }

    public RegistryOptions withRetry(RetryPolicy policy) {
        return new RegistryOptions(insecureRegistries, credentials, policy, parallelTransfers, uploadChunkSize,
                platform, clock);
    }

    public RegistryOptions withParallelTransfers(int n) {
        return new RegistryOptions(insecureRegistries, credentials, retry, n, uploadChunkSize, platform, clock);
    }

    public RegistryOptions withUploadChunkSize(long bytes) {
        return new RegistryOptions(insecureRegistries, credentials, retry, parallelTransfers, bytes, platform, clock);
    }

    public RegistryOptions withPlatform(Platform p) {
        return new RegistryOptions(insecureRegistries, credentials, retry, parallelTransfers, uploadChunkSize, p,
                clock);
    }
}
