package io.jcompose.bench;

import io.jcompose.runtime.sys.Native;
import io.jcompose.runtime.volume.CopyUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Copy-up of an image directory into a new volume, for comparison with {@code cp -a} (bench/volume-copyup):
 * {@code VolumeCopyUp make DIR [FILES]} writes a tree (100 files a directory, 0-8 KiB each, seeded);
 * {@code VolumeCopyUp copy SOURCE TARGET} copies once; {@code VolumeCopyUp warm SOURCE WORK RUNS} copies RUNS
 * times in one JVM and prints each time and the median.
 */
public final class VolumeCopyUp {

    private VolumeCopyUp() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "make" -> make(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 10_000);
            case "copy" -> new CopyUp(Native.linux()).copy(Path.of(args[1]), Files.createDirectories(Path.of(args[2])));
            case "warm" -> warm(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("make | copy | warm");
        }
    }

    private static void make(Path root, int files) throws Exception {
        Random random = new Random(6);
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(root.resolve("d" + i / 100));
            byte[] content = new byte[random.nextInt(8193)];
            random.nextBytes(content);
            Files.write(dir.resolve("f" + i), content);
        }
        for (int i = 0; i < files / 100; i++) {
            Files.createSymbolicLink(root.resolve("d" + i).resolve("link"), Path.of("f" + i * 100));
        }
    }

    private static void warm(Path source, Path work, int runs) throws Exception {
        CopyUp copyUp = new CopyUp(Native.linux());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path target = Files.createDirectories(work.resolve("run" + i));
            long t0 = System.nanoTime();
            copyUp.copy(source, target);
            double ms = (System.nanoTime() - t0) / 1e6;
            times.add(ms);
            System.out.printf("copy-up run %d: %.1f ms%n", i + 1, ms);
            io.jcompose.runtime.image.layer.Trees.delete(target);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("copy-up in one JVM: first %.1f ms, median of %d %.1f ms%n", times.getFirst(), runs,
                sorted.get(runs / 2));
    }
}
