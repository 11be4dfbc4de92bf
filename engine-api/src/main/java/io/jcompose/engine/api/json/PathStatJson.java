package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * docker's {@code ContainerPathStat}: what {@code docker cp} learns about a container path before it copies (sent
 * base64-encoded in the {@code X-Docker-Container-Path-Stat} header); {@code mode} holds Go's FileMode bits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathStatJson(@JsonProperty("name") String name, @JsonProperty("size") long size,
        @JsonProperty("mode") long mode, @JsonProperty("mtime") String mtime,
        @JsonProperty("linkTarget") String linkTarget) {

    /** Go's {@code os.ModeDir}. */
    public static final long DIR = 1L << 31;
    /** Go's {@code os.ModeSymlink}. */
    public static final long SYMLINK = 1L << 27;

    public boolean isDirectory() {
        return (mode & DIR) != 0;
    }

    public boolean isSymlink() {
        return (mode & SYMLINK) != 0;
    }
}
