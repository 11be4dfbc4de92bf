package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The engine's builder, opened on its directory ({@code STATE/build}: {@code cache/} entries, {@code tmp/} step
 * and context directories, {@code run/} RUN bundles and runc state) beside the image store it adds images to.
 */
public final class BuildService {

    private final ImageBuilder builder;
    private final BuildScratch scratch;

    private BuildService(ImageBuilder builder, BuildScratch scratch) {
        this.builder = builder;
        this.scratch = scratch;
    }

    /** The real builder: RUN steps with the machine's runc under {@code cgroupParent}. */
    public static BuildService open(Path dir, ImageStore store, Snapshots snapshots, BaseImages bases,
            String cgroupParent) throws IOException {
        Native sys = Native.linux();
        return open(dir, store, snapshots, bases, new RuncExecutor(Path.of("/usr/sbin/runc"), dir.resolve("run"),
                cgroupParent, sys), sys, Clock.systemUTC());
    }

    /** A builder with the given RUN executor (a fake in unit tests). */
    public static BuildService open(Path dir, ImageStore store, Snapshots snapshots, BaseImages bases,
            RunExecutor runner, Native sys, Clock clock) throws IOException {
        BuildScratch scratch = new BuildScratch(dir.resolve("tmp"), sys);
        scratch.recover();
        ImageBuilder builder = new ImageBuilder(store, new ImageUnpacker(store.blobs(), snapshots),
                new LayerStore(store.blobs(), snapshots, sys), new BuildCache(dir.resolve("cache")), runner, bases,
                scratch, clock);
        return new BuildService(builder, scratch);
    }

    /** A fresh directory to unpack an uploaded build context into; the caller removes it. */
    public Path newContextDir() throws IOException {
        return scratch.newDir("context");
    }

    /** Builds from the context unpacked at {@code context}; returns the image ID. */
    public Digest build(BuildContext context, BuildOptions options, BuildOutput out)
            throws IOException, InterruptedException {
        return builder.build(context, options, out);
    }
}
