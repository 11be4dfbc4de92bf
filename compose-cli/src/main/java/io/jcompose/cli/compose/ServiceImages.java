package io.jcompose.cli.compose;

import io.jcompose.cli.image.ImageName;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code pull} and {@code push} of services' images with docker compose v2's rules and lines ({@code  ✔ web
 * Pulled}): a service without {@code image} is skipped, one image is pulled once, a pull failure of a service that
 * can be built is a warning; only services with both {@code build} and {@code image} are pushed.
 */
final class ServiceImages {

    /** {@code pull --policy}. */
    enum Policy { missing, always }

    private final ImageApi images;
    private final Consumer<String> lines;

    ServiceImages(ImageApi images, Consumer<String> lines) {
        this.images = images;
        this.lines = lines;
    }

    /** Pulls each service's image; returns the warnings to print at the end. */
    List<String> pull(List<Service> services, Policy policy, boolean ignoreFailures) throws IOException {
        Map<String, String> pulledBy = new HashMap<>();
        List<String> mustBuild = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Service s : services) {
            String image = s.image();
            String servicePolicy = s.pullPolicy() == null ? "" : s.pullPolicy();
            if (image == null || image.isEmpty()) {
                done(s.name(), "Skipped - No image to be pulled");
                continue;
            }
            if (servicePolicy.equals("never") || servicePolicy.equals("build")) {
                done(s.name(), "Skipped");
                continue;
            }
            boolean missingOnly = policy == Policy.missing || servicePolicy.equals("missing")
                    || servicePolicy.equals("if_not_present");
            if (policy != Policy.always && missingOnly && present(image)) {
                done(s.name(), "Skipped - Image is already present locally");
                continue;
            }
            String first = pulledBy.putIfAbsent(image, s.name());
            if (first != null) {
                done(s.name(), "Skipped - Image is already being pulled by " + first);
                continue;
            }
            ImageName name = ImageName.parse(image);
            try {
                images.pullImage(name.repository(), name.tagOrDigest(), null, p -> { });
                done(s.name(), "Pulled");
            } catch (EngineApiException e) {
                if (s.build() != null) {
                    lines.accept(" ! " + s.name() + " Warning " + e.engineMessage());
                    mustBuild.add(s.name());
                } else if (ignoreFailures) {
                    lines.accept(" ! " + s.name() + " Warning " + e.engineMessage());
                } else {
                    lines.accept(" \u2718 " + s.name() + " Error " + e.engineMessage());
                    throw new ComposeException("pulling the image of service \"" + s.name() + "\" (" + image
                            + ") failed: " + e.engineMessage(), e);
                }
            }
        }
        if (!mustBuild.isEmpty()) {
            warnings.add("WARNING: Some service image(s) must be built from source by running:\n    "
                    + "docker compose build " + String.join(" ", mustBuild));
        }
        return warnings;
    }

    /** Pushes the image of each service that has {@code build} and {@code image}; others are left out. */
    List<String> push(List<Service> services, boolean ignoreFailures) throws IOException {
        List<String> warnings = new ArrayList<>();
        for (Service s : services) {
            if (s.build() == null || s.image() == null || s.image().isEmpty()) {
                continue;
            }
            ImageName name = ImageName.parse(s.image());
            try {
                images.pushImage(name.repository(), name.tagOrDigest(), null, p -> { });
                done(s.name(), "Pushed");
            } catch (EngineApiException e) {
                if (!ignoreFailures) {
                    lines.accept(" \u2718 " + s.name() + " Error " + e.engineMessage());
                    throw new ComposeException("pushing the image of service \"" + s.name() + "\" (" + s.image()
                            + ") failed: " + e.engineMessage(), e);
                }
                lines.accept(" ! " + s.name() + " Warning " + e.engineMessage());
                warnings.add("failed to push " + s.image() + ": " + e.engineMessage());
            }
        }
        return warnings;
    }

    private void done(String service, String text) {
        lines.accept(" \u2714 " + service + " " + text);
    }

    private boolean present(String image) throws IOException {
        try {
            images.inspectImage(image);
            return true;
        } catch (EngineApiException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }
}
