package io.jcompose.bench;

import io.jcompose.model.load.LoadedProject;
import io.jcompose.model.load.ProjectLoader;
import io.jcompose.model.options.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Load + validate + normalise a generated Compose file (the target: 200 services under 100 ms warm). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {

    @Param({"10", "200"})
    int services;

    private Path dir;
    private LoadOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jcompose-bench");
        Files.writeString(dir.resolve("compose.yaml"), ComposeFiles.generate(services, 42));
        options = LoadOptions.builder(dir).environment(Map.of("TAG", "2.0")).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("compose.yaml"));
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public LoadedProject loadValidateNormalise() {
        return ProjectLoader.load(options);
    }
}
