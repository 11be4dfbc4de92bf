package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.FileBlobStore;
import java.nio.file.Path;

/** A pull in its own process, so that a test can kill it mid-download: {@code PullChild HOST REPO TAG STORE}. */
public final class PullChild {

    private PullChild() {
    }

    public static void main(String[] args) throws Exception {
        try (RegistryClient client = new Clients().client()) {
            client.pull(args[0], args[1], args[2], FileBlobStore.open(Path.of(args[3])), ProgressListener.NONE);
        }
    }
}
