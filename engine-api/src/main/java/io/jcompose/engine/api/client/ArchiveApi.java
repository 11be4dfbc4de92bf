package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.PathStatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The archive operations of the Docker Engine API, what {@code docker cp} uses: stat a container path, read it as
 * a tar, extract a tar into a container directory. Engine refusals (no such container, no such path) throw
 * {@link EngineApiException}.
 */
public interface ArchiveApi {

    /** {@code HEAD /containers/{id}/archive?path=}. */
    PathStatJson stat(String containerId, String path) throws IOException;

    /** {@code GET /containers/{id}/archive?path=}: the tar goes to {@code tar}; returns the path's stat. */
    PathStatJson get(String containerId, String path, OutputStream tar) throws IOException;

    /**
     * {@code PUT /containers/{id}/archive?path=}: extracts {@code tar} into the directory {@code path};
     * {@code copyUidGid} keeps the archive's owners ({@code docker cp -a}).
     */
    void put(String containerId, String path, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUidGid)
            throws IOException;
}
