package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.ImageConfigJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.store.ImageDetails;
import io.jcompose.runtime.image.store.StoredImage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Translates the image store's values into Docker's image JSON (list and inspect). */
final class ImageJsonMapping {

    /** Docker's zero time, shown where an image has no creation or tag time. */
    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private ImageJsonMapping() {
    }

    static ImageSummaryJson summary(StoredImage image, List<String> repoTags, List<String> repoDigests) {
        return new ImageSummaryJson(image.id().toString(), "", repoTags, repoDigests,
                created(image).getEpochSecond(), image.size(), -1, labels(image), -1);
    }

    static ImageInspectJson inspect(ImageDetails details) {
        StoredImage image = details.image();
        ImageConfig c = image.config();
        ImageConfig.RunConfig run = c.config();
        ImageConfigJson config = run == null ? ImageConfigJson.of(null, null, null, null, null, null, null, null,
                null, null, null, null)
                : ImageConfigJson.of(run.user(), run.exposedPorts(), run.env(), run.cmd(), run.healthcheck(),
                        run.volumes(), run.workingDir(), run.entrypoint(), run.onBuild(), run.labels(),
                        run.stopSignal(), run.shell());
        List<String> layers = c.rootfs() == null || c.rootfs().diffIds() == null ? List.of()
                : c.rootfs().diffIds();
        String comment = c.history() == null || c.history().isEmpty() || c.history().getLast().comment() == null
                ? "" : c.history().getLast().comment();
        return new ImageInspectJson(image.id().toString(), details.repoTags(), details.repoDigests(), "", comment,
                c.created() == null ? ZERO_TIME : created(image).toString(), "", c.author() == null ? "" : c.author(),
                config, c.architecture(), c.variant(), c.os(), image.size(),
                new ImageInspectJson.GraphDriver("overlayfs", null),
                new ImageInspectJson.RootFs("layers", layers), new ImageInspectJson.Metadata(ZERO_TIME));
    }

    /** When the image was created; the epoch if its config does not say or says it badly. */
    static Instant created(StoredImage image) {
        String created = image.created();
        if (created == null || created.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return java.time.OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static Map<String, String> labels(StoredImage image) {
        ImageConfig.RunConfig run = image.config().config();
        return run == null || run.labels() == null ? Map.of() : run.labels();
    }
}
