package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageException;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Docker's classic builder: parses the Dockerfile, builds the needed stages step by step (config steps change
 * the config, COPY/ADD/RUN add a layer or reuse a cached one) and names the target stage's image.
 */
public final class ImageBuilder {

    private final ImageStore store;
    private final ImageUnpacker unpacker;
    private final StepRunner steps;
    private final BuildCache cache;
    private final BaseImages bases;
    private final Clock clock;

    public ImageBuilder(ImageStore store, ImageUnpacker unpacker, LayerStore layers, BuildCache cache,
            RunExecutor runner, BaseImages bases, BuildScratch scratch, Clock clock) {
        this.store = store;
        this.unpacker = unpacker;
        this.cache = cache;
        this.bases = bases;
        this.clock = clock;
        this.steps = new StepRunner(layers, cache, runner, scratch, clock);
    }

    /** Builds; returns the image ID. {@link BuildException} with docker's message when a step fails. */
    public Digest build(BuildContext context, BuildOptions options, BuildOutput out)
            throws IOException, InterruptedException {
        String file = options.dockerfile();
        Dockerfile df = Dockerfile.parse(file, context.readFile(file));
        Set<String> used = new TreeSet<>();
        Map<String, String> globals = globalArgs(df, options.buildArgs(), used);
        List<Dockerfile.Stage> stages = df.stages();
        int target = StagePlan.target(stages, options.target());
        List<Integer> needed = StagePlan.needed(stages, target, globals, df.escape());
        int total = needed.stream().mapToInt(i -> 1 + stages.get(i).body().size()).sum();
        Map<Integer, StageState> built = new HashMap<>();
        BuildRun run = new BuildRun(df, context, options, out, stages, built, globals, used, total);
        for (int i : needed) {
            built.put(i, stage(run, stages.get(i)));
        }
        Set<String> unused = new LinkedHashSet<>(options.buildArgs().keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            out.stream("[Warning] One or more build-args " + unused.stream().sorted().toList().toString()
                    .replace(", ", " ") + " were not consumed\n");
        }
        Digest id = new ImageCommit(store, cache).commit(built.get(target), options.labels(), options.tags(),
                options.noCache(), clock.instant().toString());
        out.imageId(id.toString());
        out.stream("Successfully built " + id.hex().substring(0, 12) + "\n");
        for (ImageReference tag : options.tags()) {
            out.stream("Successfully tagged " + tag.familiar() + "\n");
        }
        return id;
    }

    /** What one build carries from stage to stage. */
    record BuildRun(Dockerfile df, BuildContext context, BuildOptions options, BuildOutput out,
            List<Dockerfile.Stage> stages, Map<Integer, StageState> built, Map<String, String> globals,
            Set<String> used, int total, int[] step) {

        BuildRun(Dockerfile df, BuildContext context, BuildOptions options, BuildOutput out,
                List<Dockerfile.Stage> stages, Map<Integer, StageState> built, Map<String, String> globals,
                Set<String> used, int total) {
            this(df, context, options, out, stages, built, globals, used, total, new int[1]);
        }

        void announce(Instruction i) {
            out.stream("Step " + (++step[0]) + "/" + total + " : " + i.text() + "\n");
        }
    }

    private StageState stage(BuildRun run, Dockerfile.Stage stage) throws IOException, InterruptedException {
        String file = run.df().name();
        char escape = run.df().escape();
        run.announce(stage.from());
        String base = ShellWords.word(stage.image(), run.globals(), escape);
        StageState s = base(run, stage, base);
        if (!base.equals("scratch")) {
            run.out().stream(" ---> " + s.id().substring(0, 12) + "\n");
        }
        for (Instruction i : stage.body()) {
            run.announce(i);
            try {
                steps.run(run, stage, s, i);
            } catch (RunFailedException e) {
                throw e;
            } catch (DockerfileException e) {
                throw e;
            } catch (BuildException e) {
                throw new DockerfileException(file, i.line(), e.getMessage());
            }
            run.out().stream(" ---> " + s.id().substring(0, 12) + "\n");
        }
        return s;
    }

    private StageState base(BuildRun run, Dockerfile.Stage stage, String base)
            throws IOException, InterruptedException {
        StageState s = new StageState();
        Platform host = Platform.host();
        s.architecture = host.architecture();
        s.variant = host.variant();
        if (base.equals("scratch")) {
            return s;
        }
        var from = StagePlan.stageRef(run.stages(), base, stage.index());
        if (from.isPresent()) {
            StageState parent = run.built().get(from.get());
            s.layers.addAll(parent.layers);
            s.history.addAll(parent.history);
            s.config = parent.config.copy();
            s.config.onBuild.clear();
            s.architecture = parent.architecture;
            s.variant = parent.variant;
            return s;
        }
        StoredImage image = image(base, run);
        ImageConfig config = image.config();
        unpacker.unpack(image);
        List<String> diffIds = config.rootfs() == null ? List.of() : config.rootfs().diffIds();
        for (int i = 0; i < diffIds.size(); i++) {
            s.layers.add(new BuiltLayer(image.manifest().layers().get(i), Digest.of(diffIds.get(i))));
        }
        if (config.history() != null) {
            s.history.addAll(config.history());
        }
        s.config = ConfigDraft.of(config.config());
        s.architecture = config.architecture();
        s.variant = config.variant();
        s.platformOs = config.os() == null ? "linux" : config.os();
        return s;
    }

    /** A base image from the store, pulled first when missing or when the build asks to pull. */
    StoredImage image(String name, BuildRun run) throws IOException, InterruptedException {
        ImageReference ref;
        try {
            ref = ImageReference.parse(name);
        } catch (IllegalArgumentException e) {
            return store.resolve(name);
        }
        if (run.options().pull()) {
            bases.pull(ref, run.out());
        }
        try {
            return store.resolve(name);
        } catch (ImageException.NotFound missing) {
            if (run.options().pull()) {
                throw missing;
            }
            bases.pull(ref, run.out());
            return store.resolve(name);
        }
    }

    /** The ARGs before the first FROM, with build-arg values; only they may be used in FROM lines. */
    private static Map<String, String> globalArgs(Dockerfile df, Map<String, String> buildArgs, Set<String> used) {
        Map<String, String> globals = new LinkedHashMap<>();
        for (Instruction i : df.globalArgs()) {
            if (!i.keyword().equals("ARG")) {
                throw new DockerfileException(df.name(), i.line(), i.keyword() + " must come after FROM: only ARG "
                        + "may come before the first FROM");
            }
            for (String decl : ShellWords.words(i.args(), globals, df.escape())) {
                int eq = decl.indexOf('=');
                String name = eq < 0 ? decl : decl.substring(0, eq);
                if (buildArgs.containsKey(name)) {
                    globals.put(name, buildArgs.get(name));
                    used.add(name);
                } else if (eq >= 0) {
                    globals.put(name, decl.substring(eq + 1));
                }
            }
        }
        return globals;
    }

    static List<String> list(List<String> l) {
        return l == null ? List.of() : new ArrayList<>(l);
    }
}
