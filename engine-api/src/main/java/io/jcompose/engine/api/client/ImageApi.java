package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.AuthConfigJson;
import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.engine.api.json.ImagePruneJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.engine.api.json.ProgressJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The image operations of the Docker Engine API, as the CLI and compose use them; the one way jcompose's
 * front ends reach the image store, so a fake can stand in for the engine in tests. Engine refusals throw
 * {@link EngineApiException}; a progress stream's {@code error} line throws it too, after the lines before it went
 * to {@code progress}.
 */
public interface ImageApi {

    /** {@code GET /images/json}; {@code all} includes intermediate images. Newest first, as the engine sorts. */
    List<ImageSummaryJson> listImages(boolean all) throws IOException;

    /** {@code GET /images/{name}/json}. */
    ImageInspectJson inspectImage(String name) throws IOException;

    /** {@code POST /images/create?fromImage=&tag=}; {@code tag} is a tag or a digest, {@code auth} may be null. */
    void pullImage(String image, String tag, AuthConfigJson auth, Consumer<ProgressJson> progress)
            throws IOException;

    /** {@code POST /images/{name}/push}; an empty {@code tag} pushes every tag of the repository. */
    void pushImage(String name, String tag, AuthConfigJson auth, Consumer<ProgressJson> progress)
            throws IOException;

    /** {@code POST /images/create?fromSrc=-}: a root filesystem tarball (compressed or not) becomes an image. */
    void importImage(InputStream rootfs, ImportRequest request, Consumer<ProgressJson> progress) throws IOException;

    /** {@code POST /images/load}: a docker or OCI archive; the engine reports {@code Loaded image: ...} lines. */
    void loadImages(InputStream archive, boolean quiet, Consumer<ProgressJson> progress) throws IOException;

    /** {@code GET /images/get?names=...}: writes one docker archive of the images to {@code archive}. */
    void saveImages(List<String> names, OutputStream archive) throws IOException;

    /** {@code POST /images/{name}/tag?repo=&tag=}. */
    void tagImage(String source, String repo, String tag) throws IOException;

    /** {@code DELETE /images/{name}}: the names untagged and the content deleted. */
    List<ImageDeleteJson> removeImage(String name, boolean force, boolean noPrune) throws IOException;

    /** {@code POST /images/prune}: dangling images, or with {@code all} every image no container uses. */
    ImagePruneJson pruneImages(boolean all) throws IOException;
}
