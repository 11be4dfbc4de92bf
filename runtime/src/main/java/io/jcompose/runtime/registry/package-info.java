/**
 * The registry client: pull images from and push them to registries that speak the OCI distribution API.
 *
 * <p>Main types: {@link io.jcompose.runtime.registry.RegistryClient} (pull, push),
 * {@link io.jcompose.runtime.registry.RegistryOptions} (insecure hosts, credentials, retries, parallelism),
 * {@link io.jcompose.runtime.registry.ProgressEvent} (per-blob progress). Subpackages: {@code auth} (challenges,
 * docker config.json credentials, token cache; depends on nothing here) and {@code transport} (endpoints, the HTTP
 * seam, authenticated and retried requests, registry error bodies; depends on {@code auth}). Edges:
 * registry -> transport -> auth; all three may use {@code image} and {@code image.oci}, {@code image.store}.
 *
 * <pre>{@code
 * try (RegistryClient client = RegistryClient.create(RegistryOptions.defaults())) {
 *     PullResult r = client.pull("127.0.0.1:5000", "team/app", "1", blobStore, System.out::println);
 *     client.push("127.0.0.1:5000", "team/copy", "1", r.manifestDigest(), blobStore, "team/app",
 *             ProgressListener.NONE);
 * }
 * }</pre>
 */
package io.jcompose.runtime.registry;
