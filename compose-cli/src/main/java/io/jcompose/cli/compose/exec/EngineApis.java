package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.client.ArchiveApi;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.engine.api.json.PathStatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The engine API clients the compose commands use; tests pass fakes. */
public record EngineApis(ContainerApi containers, NetworkApi networks, ImageApi images, VolumeApi volumes,
        ArchiveApi archives) {

    /** Without the archive API (tests that copy nothing into containers): using it fails. */
    public EngineApis(ContainerApi containers, NetworkApi networks, ImageApi images, VolumeApi volumes) {
        this(containers, networks, images, volumes, new NoArchives());
    }

    /** Stands in for the archive API where none was given. */
    private static final class NoArchives implements ArchiveApi {

        @Override
        public PathStatJson stat(String containerId, String path) throws IOException {
            throw unavailable();
        }

        @Override
        public PathStatJson get(String containerId, String path, OutputStream tar) throws IOException {
            throw unavailable();
        }

        @Override
        public void put(String containerId, String path, InputStream tar, boolean noOverwriteDirNonDir,
                boolean copyUidGid) throws IOException {
            throw unavailable();
        }

        private static IOException unavailable() {
            return new IOException("no archive API was given to copy files into containers");
        }
    }
}
