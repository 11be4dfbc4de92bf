package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.registry.auth.TokenCache;
import io.jcompose.runtime.registry.transport.Authenticator;
import io.jcompose.runtime.registry.transport.HttpSender;
import io.jcompose.runtime.registry.transport.RegistryEndpoint;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls images from and pushes them to registries that speak the OCI distribution API (Docker Hub, a local
 * {@code docker-registry}); one instance shares connections and cached tokens across operations.
 */
public final class RegistryClient implements AutoCloseable {

    private final RegistryOptions options;
    private final HttpSender sender;
    private final Authenticator auth;

    public RegistryClient(RegistryOptions options, HttpSender sender) {
        this.options = options;
        this.sender = sender;
        this.auth = new Authenticator(sender, options.credentials(), new TokenCache(options.clock()));
    }

    public static RegistryClient create(RegistryOptions options) {
        return new RegistryClient(options, HttpSender.jdk(Duration.ofSeconds(30)));
    }

    /** Pulls {@code registryHost/repository:tag} (or {@code @digest}) into {@code store}. */
    public PullResult pull(String registryHost, String repository, String tagOrDigest, BlobStore store,
            ProgressListener listener) throws IOException, InterruptedException {
        return pull(RemoteImage.of(registryHost, repository, tagOrDigest), store, listener);
    }

    public PullResult pull(RemoteImage image, BlobStore store, ProgressListener listener)
            throws IOException, InterruptedException {
        RegistrySession session = session(image, List.of("repository:" + image.repository() + ":pull"));
        try {
            return new RegistryPull(session, store, listener, options.platform(), options.parallelTransfers())
                    .pull(image);
        } catch (RegistryException e) {
            throw e.prefixed("pull " + image);
        } catch (IOException e) {
            throw new IOException("pull " + image + ": " + e.getMessage(), e);
        }
    }

    /**
     * Pushes the manifest or index {@code root} from {@code store} as {@code registryHost/repository:tag}.
     *
     * @param mountFrom a repository on the same registry to mount blobs from instead of uploading them, or null
     */
    public PushResult push(String registryHost, String repository, String tag, Digest root, BlobStore store,
            String mountFrom, ProgressListener listener) throws IOException, InterruptedException {
        RemoteImage image = RemoteImage.of(registryHost, repository, tag);
        List<String> scopes = new ArrayList<>(List.of("repository:" + repository + ":pull,push"));
        if (mountFrom != null && !mountFrom.equals(repository)) {
            scopes.add("repository:" + mountFrom + ":pull");
        }
        RegistrySession session = session(image, scopes);
        BlobUploader uploader = new BlobUploader(session, repository, mountFrom, store, options.uploadChunkSize(),
                listener);
        try {
            return new RegistryPush(session, store, uploader, listener, options.parallelTransfers()).push(image, root);
        } catch (RegistryException e) {
            throw e.prefixed("push " + image);
        } catch (IOException e) {
            throw new IOException("push " + image + ": " + e.getMessage(), e);
        }
    }

    private RegistrySession session(RemoteImage image, List<String> scopes) {
        RegistryEndpoint endpoint = RegistryEndpoint.of(image.registryHost(), options.insecureRegistries());
        return new RegistrySession(endpoint, scopes, sender, auth, options.retry());
    }

    @Override
    public void close() {
        sender.close();
    }
}
