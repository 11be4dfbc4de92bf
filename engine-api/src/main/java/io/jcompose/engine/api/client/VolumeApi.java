package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumePruneJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The volume operations of the Docker Engine API, as {@code docker volume} and compose use them; the one way a
 * front end reaches volumes, so the same commands run against jcompose's engine and a Docker daemon. Engine
 * refusals throw {@link EngineApiException} with the engine's words (404 for a missing volume, 409 while in use).
 */
public interface VolumeApi {

    /** {@code GET /volumes?filters=}; filters as {@code docker volume ls -f key=value} gives them. */
    List<VolumeJson> list(Map<String, List<String>> filters) throws IOException;

    /** {@code GET /volumes/{name}}. */
    VolumeJson inspect(String name) throws IOException;

    /** {@code POST /volumes/create}: the volume as made (or as it already was, for an existing name). */
    VolumeJson create(VolumeCreateJson body) throws IOException;

    /** {@code DELETE /volumes/{name}?force=}. */
    void remove(String name, boolean force) throws IOException;

    /** {@code POST /volumes/prune?filters=}: names removed and bytes freed. */
    VolumePruneJson prune(Map<String, List<String>> filters) throws IOException;
}
