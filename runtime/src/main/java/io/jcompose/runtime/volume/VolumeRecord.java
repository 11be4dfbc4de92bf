package io.jcompose.runtime.volume;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * What the engine keeps about one volume ({@code STATE/volumes/NAME/volume.json}): docker's fields, plus, for an
 * anonymous volume, the container and path it was made for, so a restarted container finds it again and
 * {@code rm -v} removes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeRecord(String name, String driver, Map<String, String> labels, Map<String, String> options,
        Instant created, String mountpoint, Owner owner) {

    /** The label docker puts on volumes it made for a container's anonymous mount; prune removes only these. */
    public static final String ANONYMOUS_LABEL = "com.docker.volume.anonymous";

    /** The container (full ID) and mount path an anonymous volume was made for. */
    public record Owner(String containerId, String target) {
    }

    public VolumeRecord {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @JsonIgnore
    public boolean anonymous() {
        return labels.containsKey(ANONYMOUS_LABEL);
    }
}
