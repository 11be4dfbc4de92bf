package io.jcompose.runtime.container.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code docker cp} learns about a container path before copying (docker's {@code ContainerPathStat}), sent
 * base64-encoded as JSON in the {@code X-Docker-Container-Path-Stat} header.
 *
 * @param mode       Go's FileMode bits (see {@link GoFileMode})
 * @param linkTarget for a symlink, the absolute container path it finally resolves to; empty otherwise
 */
public record PathStat(String name, long size, long mode, Instant mtime, String linkTarget) {

    /** The response header docker's clients read the stat from. */
    public static final String HEADER = "X-Docker-Container-Path-Stat";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The stat of {@code host} itself (not following a symlink) named {@code name}. */
    public static PathStat of(Path host, String name, String linkTarget) throws IOException {
        Map<String, Object> attrs = Files.readAttributes(host, "unix:mode,size,lastModifiedTime",
                LinkOption.NOFOLLOW_LINKS);
        return new PathStat(name, (Long) attrs.get("size"), GoFileMode.of((Integer) attrs.get("mode")),
                ((FileTime) attrs.get("lastModifiedTime")).toInstant(), linkTarget);
    }

    public boolean isDirectory() {
        return (mode & GoFileMode.DIR) != 0;
    }

    public boolean isSymlink() {
        return (mode & GoFileMode.SYMLINK) != 0;
    }

    /** The JSON as Go's encoder writes it: field order name, size, mode, mtime (RFC 3339), linkTarget. */
    public String json() {
        return JSON.writeValueAsString(new Wire(name, size, mode, rfc3339(mtime), linkTarget));
    }

    /** The header value: base64 (standard alphabet, padded) of {@link #json()}. */
    public String header() {
        return Base64.getEncoder().encodeToString(json().getBytes(StandardCharsets.UTF_8));
    }

    /** Go's RFC3339Nano in UTC: fractional seconds without trailing zeros, none when whole. */
    static String rfc3339(Instant t) {
        String text = SECONDS.format(t);
        int nanos = t.getNano();
        if (nanos != 0) {
            String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
            text += "." + fraction;
        }
        return text + "Z";
    }

    @JsonPropertyOrder({"name", "size", "mode", "mtime", "linkTarget"})
    record Wire(@JsonProperty("name") String name, @JsonProperty("size") long size,
            @JsonProperty("mode") long mode, @JsonProperty("mtime") String mtime,
            @JsonProperty("linkTarget") String linkTarget) {
    }
}
