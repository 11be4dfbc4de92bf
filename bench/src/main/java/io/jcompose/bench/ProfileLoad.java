package io.jcompose.bench;

import io.jcompose.model.load.ProjectLoader;
import io.jcompose.model.options.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loads a generated project in a loop, for profiling with JFR: {@code ProfileLoad SERVICES SECONDS}. */
public final class ProfileLoad {

    private ProfileLoad() {
    }

    public static void main(String[] args) throws Exception {
        int services = Integer.parseInt(args[0]);
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        Path dir = Files.createTempDirectory("jcompose-profile");
        Files.writeString(dir.resolve("compose.yaml"), ComposeFiles.generate(services, 42));
        LoadOptions options = LoadOptions.builder(dir).environment(Map.of()).build();
        int n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < until) {
            ProjectLoader.load(options);
            n++;
        }
        System.out.printf("%d loads, %.1f ms each%n", n, (System.nanoTime() - start) / 1e6 / n);
        Files.delete(dir.resolve("compose.yaml"));
        Files.delete(dir);
    }
}
