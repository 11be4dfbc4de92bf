package io.jcompose.cli.compose.exec;

import io.jcompose.cli.image.ImageName;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** Pulls the images that services about to be created need and the engine does not have, before anything else. */
public final class ImagePuller {

    private final ImageApi images;
    private final Progress progress;

    public ImagePuller(ImageApi images, Progress progress) {
        this.images = images;
        this.progress = progress;
    }

    /** {@code imagesByService}: each service to create and its image; each missing image is pulled once. */
    public void ensure(Map<String, String> imagesByService) throws IOException {
        ensure(imagesByService, service -> "missing");
    }

    /**
     * As {@link #ensure(Map)}, with each service's pull policy: {@code always} pulls even a present image,
     * {@code never} pulls nothing (a missing image fails at create), {@code missing} pulls what is absent.
     */
    public void ensure(Map<String, String> imagesByService, Function<String, String> policyOf) throws IOException {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : imagesByService.entrySet()) {
            String image = e.getValue();
            String policy = policyOf.apply(e.getKey());
            if (image == null || policy.equals("never") || done.contains(image)
                    || !policy.equals("always") && present(image)) {
                continue;
            }
            done.add(image);
            progress.report(ProgressEvent.working("Image", image, "Pulling"));
            ImageName name = ImageName.parse(image);
            try {
                images.pullImage(name.repository(), name.tagOrDigest(), null, line -> { });
            } catch (IOException ex) {
                progress.report(ProgressEvent.error("Image", image, "Error"));
                throw ex;
            }
            progress.report(ProgressEvent.done("Image", image, "Pulled"));
        }
    }

    private boolean present(String image) throws IOException {
        try {
            images.inspectImage(image);
            return true;
        } catch (EngineApiException ex) {
            if (ex.isNotFound()) {
                return false;
            }
            throw ex;
        }
    }
}
