package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.client.ImportRequest;
import io.jcompose.engine.api.json.AuthConfigJson;
import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.engine.api.json.ImagePruneJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.engine.api.json.ProgressJson;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** An image API that knows some image names and records pulls into a shared log. */
final class FakeImages implements ImageApi {

    final List<String> calls;
    final Set<String> present = new HashSet<>();
    /** Name -> what inspect answers for it (else null, for a present image). */
    final java.util.Map<String, ImageInspectJson> inspected = new java.util.HashMap<>();
    /** Images ({@code repo:tag}) whose pull or push fails. */
    final Set<String> failing = new HashSet<>();

    FakeImages(List<String> calls) {
        this.calls = calls;
    }

    @Override
    public ImageInspectJson inspectImage(String name) throws EngineApiException {
        if (!present.contains(name)) {
            throw EngineApiException.response(404, "No such image: " + name);
        }
        return inspected.get(name);
    }

    @Override
    public synchronized void pullImage(String image, String tag, AuthConfigJson auth,
            Consumer<ProgressJson> progress) throws EngineApiException {
        calls.add("pull " + image + ":" + tag);
        if (failing.contains(image + ":" + tag)) {
            throw EngineApiException.response(404, "pull access denied for " + image);
        }
    }

    @Override
    public List<ImageSummaryJson> listImages(boolean all) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void pushImage(String name, String tag, AuthConfigJson auth,
            Consumer<ProgressJson> progress) throws EngineApiException {
        calls.add("push " + name + ":" + tag);
        if (failing.contains(name + ":" + tag)) {
            throw EngineApiException.response(500, "push of " + name + ":" + tag + " failed");
        }
    }

    @Override
    public void importImage(InputStream rootfs, ImportRequest request, Consumer<ProgressJson> progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void loadImages(InputStream archive, boolean quiet, Consumer<ProgressJson> progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void saveImages(List<String> names, OutputStream archive) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void tagImage(String source, String repo, String tag) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ImageDeleteJson> removeImage(String name, boolean force, boolean noPrune) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImagePruneJson pruneImages(boolean all) {
        throw new UnsupportedOperationException();
    }
}
