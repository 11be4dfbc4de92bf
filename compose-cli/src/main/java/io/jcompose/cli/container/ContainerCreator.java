package io.jcompose.cli.container;

import io.jcompose.cli.image.ImageName;
import io.jcompose.cli.image.ProgressPrinter;
import io.jcompose.cli.image.Terminal;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;

/**
 * Creates a container the way {@code docker create} does about its image: {@code --pull missing} pulls when the
 * engine answers "No such image" and tries again, {@code always} pulls first, {@code never} never; pull progress
 * and the engine's warnings go to stderr.
 */
final class ContainerCreator {

    private static final Set<String> POLICIES = Set.of("missing", "always", "never");

    private final ContainerApi containers;
    private final ImageApi images;
    private final PrintWriter err;

    ContainerCreator(ContainerApi containers, ImageApi images, PrintWriter err) {
        this.containers = containers;
        this.images = images;
        this.err = err;
    }

    /** Checks a {@code --pull} value before anything is sent. */
    static void checkPolicy(String pull) {
        if (!POLICIES.contains(pull)) {
            throw new IllegalArgumentException("--pull: invalid value \"" + pull
                    + "\" (expected missing, always or never)");
        }
    }

    ContainerCreatedJson create(String name, ContainerCreateJson body, String pull) throws IOException {
        String image = body.config().image();
        if (pull.equals("always")) {
            pull(image);
        }
        ContainerCreatedJson created;
        try {
            created = containers.create(name, body);
        } catch (EngineApiException e) {
            if (!pull.equals("missing") || !e.isNotFound() || !e.engineMessage().startsWith("No such image")) {
                throw e;
            }
            err.println("Unable to find image '" + familiar(image) + "' locally");
            err.flush();
            pull(image);
            created = containers.create(name, body);
        }
        created.warnings().forEach(w -> err.println("WARNING: " + w));
        err.flush();
        return created;
    }

    private void pull(String image) throws IOException {
        ImageName name = ImageName.parse(image);
        images.pullImage(name.repository(), name.tagOrDigest(), null, new ProgressPrinter(err, Terminal.attached()));
        err.flush();
    }

    /** The name as the user wrote it, with {@code :latest} when it names neither a tag nor a digest. */
    static String familiar(String image) {
        ImageName name = ImageName.parse(image);
        return name.tag().isEmpty() && name.digest().isEmpty() ? image + ":latest" : image;
    }
}
