package io.jcompose.cli.image;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jcompose image tag SOURCE TARGET}: another name for an image; silent on success as in docker. */
@Command(name = "tag", description = "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE.")
public final class ImageTagCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Parameters(index = "0", paramLabel = "SOURCE_IMAGE[:TAG]")
    String source;

    @Parameters(index = "1", paramLabel = "TARGET_IMAGE[:TAG]")
    String target;

    @Override
    public Integer call() throws IOException {
        ImageName name = ImageName.parse(target);
        if (!name.digest().isEmpty()) {
            parent.api().tagImage(source, target, ""); // the engine refuses a digest with its own words
        } else {
            parent.api().tagImage(source, name.repository(), name.tag().isEmpty() ? "latest" : name.tag());
        }
        return 0;
    }
}
