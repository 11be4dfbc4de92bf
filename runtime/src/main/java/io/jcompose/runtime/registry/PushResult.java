package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;

/** What the registry now holds under the pushed name: the digest of the manifest or index it stored. */
public record PushResult(RemoteImage image, Digest digest, String mediaType, long size) {
}
