package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import java.nio.file.Path;

/** What unpacking a layer found: its diff ID (sha256 of the uncompressed tar), sizes and format. */
public record Extracted(Path directory, Digest diffId, long tarSize, Compression compression) {}
