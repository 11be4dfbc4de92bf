package io.jcompose.bench;

import io.jcompose.runtime.image.store.FileBlobStore;
import io.jcompose.runtime.registry.ProgressListener;
import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.RegistryOptions;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Pulls one image into fresh blob stores, for the pull benchmark: {@code PullImage HOST REPO TAG DIR [REPEAT]}.
 * With REPEAT > 1 it prints the time of each pull: the later ones are what a warm engine daemon spends.
 */
public final class PullImage {

    private PullImage() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        long[] ms = new long[repeat];
        try (RegistryClient client = RegistryClient.create(RegistryOptions.defaults())) {
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                client.pull(args[0], args[1], args[2], FileBlobStore.open(Path.of(args[3], "run" + i)),
                        ProgressListener.NONE);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        if (repeat > 1) {
            long[] warm = Arrays.copyOfRange(ms, 1, repeat);
            Arrays.sort(warm);
            System.out.printf("first pull %d ms; warm pulls: median %d ms, min %d ms (%d runs)%n", ms[0],
                    warm[warm.length / 2], warm[0], warm.length);
        }
    }
}
