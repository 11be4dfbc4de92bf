package io.jcompose.runtime.engine;

import io.jcompose.runtime.api.image.RegistryClients;
import io.jcompose.runtime.build.BaseImages;
import io.jcompose.runtime.build.BuildOutput;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.service.ImagePuller;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.registry.ProgressListener;
import io.jcompose.runtime.registry.RegistryClient;
import java.io.IOException;
import java.util.Optional;

/** The builder's base images come from registries with the engine's own credentials, as a pull would. */
record RegistryBaseImages(ImageStore images, RegistryClients registries) implements BaseImages {

    @Override
    public void pull(ImageReference ref, BuildOutput out) throws IOException, InterruptedException {
        out.stream("Pulling " + ref.familiar() + "\n");
        try (RegistryClient client = registries.open(Optional.empty())) {
            new ImagePuller(images, client).pull(ref, ProgressListener.NONE);
        }
    }
}
