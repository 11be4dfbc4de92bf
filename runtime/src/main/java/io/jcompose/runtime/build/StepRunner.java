package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.layer.ExtractOptions;
import io.jcompose.runtime.image.layer.LayerException;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Runs one instruction of a stage: ARG, a config instruction, or a layer step (COPY, ADD, RUN) with the cache. */
final class StepRunner {

    private static final Pattern ONLY_HEREDOC = Pattern.compile("<<-?([\"']?)[A-Za-z_][A-Za-z0-9_]*\\1");

    private final LayerStore layers;
    private final BuildCache cache;
    private final RunExecutor runner;
    private final BuildScratch scratch;
    private final Clock clock;

    StepRunner(LayerStore layers, BuildCache cache, RunExecutor runner, BuildScratch scratch, Clock clock) {
        this.layers = layers;
        this.cache = cache;
        this.runner = runner;
        this.scratch = scratch;
        this.clock = clock;
    }

    void run(ImageBuilder.BuildRun run, Dockerfile.Stage stage, StageState s, Instruction i)
            throws IOException, InterruptedException {
        char escape = run.df().escape();
        switch (i.keyword()) {
            case "ARG" -> arg(run, s, i, escape);
            case "RUN" -> runStep(run, s, i);
            case "COPY", "ADD" -> copy(run, stage, s, i, escape);
            default -> {
                String text = ConfigInstructions.apply(i, s, escape, run.df().name());
                history(s, "/bin/sh -c #(nop)  " + text, true);
            }
        }
    }

    private void arg(ImageBuilder.BuildRun run, StageState s, Instruction i, char escape) {
        for (String decl : ShellWords.words(i.args(), s.vars(), escape)) {
            int eq = decl.indexOf('=');
            String name = eq < 0 ? decl : decl.substring(0, eq);
            if (run.options().buildArgs().containsKey(name)) {
                s.args.put(name, run.options().buildArgs().get(name));
                run.used().add(name);
            } else if (eq >= 0) {
                s.args.put(name, decl.substring(eq + 1));
            } else if (run.globals().containsKey(name)) {
                s.args.put(name, run.globals().get(name));
            }
        }
        history(s, "/bin/sh -c #(nop)  ARG " + i.args(), true);
    }

    private void runStep(ImageBuilder.BuildRun run, StageState s, Instruction i)
            throws IOException, InterruptedException {
        if (i.flag("mount").isPresent()) {
            throw new BuildException("RUN --mount is not supported by this builder yet");
        }
        List<String> argv = argv(i, s);
        List<String> env = s.runEnv();
        Map<String, String> vars = new LinkedHashMap<>(s.args);
        vars.putAll(s.config.envMap());
        String text = "RUN " + String.join(" ", argv);
        Digest key = BuildCache.key(s.id(), text, "", vars);
        BuiltLayer layer = cached(run, key);
        if (layer == null) {
            String id = HexFormat.of().formatHex(randomBytes());
            run.out().stream(" ---> Running in " + id.substring(0, 12) + "\n");
            Path upper = scratch.newDir("upper");
            try {
                List<Path> lowers = layers.ensureUnpacked(s.layers);
                String workdir = s.config.workdir == null || s.config.workdir.isEmpty() ? "/" : s.config.workdir;
                int code = runner.run(new RunExecutor.Request(id, lowers, upper, argv, env,
                        s.config.user == null ? "" : s.config.user, workdir), line -> run.out().stream(line + "\n"));
                if (code != 0) {
                    throw new RunFailedException(String.join(" ", argv), code);
                }
                layer = layers.commit(upper, s.layers);
                cache.put(key, layer);
            } finally {
                Trees.delete(upper);
            }
            run.out().stream("Removing intermediate container " + id.substring(0, 12) + "\n");
        }
        s.layers.add(layer);
        String args = s.args.isEmpty() ? "" : "|" + s.args.size() + " " + String.join(" ", s.args.entrySet()
                .stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + " ";
        history(s, args + String.join(" ", argv), false);
    }

    /** Exec form as is; shell form (and heredocs) through the stage's SHELL. */
    private static List<String> argv(Instruction i, StageState s) {
        if (i.exec().isPresent()) {
            return i.exec().get();
        }
        String command = i.args();
        if (!i.heredocs().isEmpty()) {
            command = ONLY_HEREDOC.matcher(i.args().strip()).matches() ? i.heredocs().getFirst()
                    : heredocScript(i);
        }
        List<String> argv = new ArrayList<>(s.config.shellOrDefault());
        argv.add(command);
        return argv;
    }

    /** {@code cmd <<EOF} with its body, as one script the shell itself reads the here-document from. */
    private static String heredocScript(Instruction i) {
        StringBuilder script = new StringBuilder(i.args());
        var m = Pattern.compile("<<-?([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\1").matcher(i.args());
        int n = 0;
        while (m.find() && n < i.heredocs().size()) {
            script.append('\n').append(i.heredocs().get(n++)).append(m.group(2));
        }
        return script.toString();
    }

    private void copy(ImageBuilder.BuildRun run, Dockerfile.Stage stage, StageState s, Instruction i, char escape)
            throws IOException, InterruptedException {
        boolean add = i.keyword().equals("ADD");
        List<String> words = i.exec().orElseGet(() -> ShellWords.words(i.args(), s.vars(), escape));
        if (words.size() < 2) {
            throw new BuildException(i.keyword() + " requires at least two arguments, but only one was provided. "
                    + "Destination could not be determined");
        }
        List<String> sources = words.subList(0, words.size() - 1);
        for (String src : sources) {
            if (add && src.matches("(?i)^(https?|git)://.*")) {
                throw new BuildException("ADD from a URL (\"" + src + "\") is not supported: builds are offline; "
                        + "download the file into the build context and ADD or COPY it from there");
            }
        }
        String dest = words.getLast();
        boolean dirDest = dest.endsWith("/") || dest.equals(".") || dest.endsWith("/.");
        String abs = ContextPaths.inImage(s.config.workdir, dest);
        String target = dirDest && !abs.equals("/") ? abs + "/" : abs;
        ImageFiles image = new ImageFiles(layers.ensureUnpacked(s.layers));
        Optional<String> from = i.flag("from");
        List<Path> temps = new ArrayList<>();
        try (BuildScratch.View view = from.isPresent() ? fromView(run, stage, from.get()) : null) {
            BuildContext.Source source = view != null ? BuildContext.Source.of(view.root)
                    : from.isPresent() ? run.context().named(from.get()).orElseThrow() : run.context().main();
            List<CopyStep.Item> items = CopyStep.plan(run.context(), source, sources, target, i.keyword(), image);
            if (add) {
                items = archives(items, sources.size(), temps);
            }
            String options = i.flag("chown").orElse("") + "|" + i.flag("chmod").orElse("");
            Digest inputs = CopyStep.digest(items, options);
            String text = i.keyword() + " " + String.join(" ", words);
            Digest key = BuildCache.key(s.id(), text + " from=" + from.orElse(""), inputs.toString(), Map.of());
            BuiltLayer layer = cached(run, key);
            if (layer == null) {
                Path dir = scratch.newDir("copy");
                temps.add(dir);
                Owner owner = i.flag("chown").isPresent() ? Owner.resolve(i.flag("chown").get(), image) : Owner.ROOT;
                Integer chmod = i.flag("chmod").map(m -> parseMode(m)).orElse(null);
                CopyStep.write(items, dir, owner, chmod, image, Native.linux());
                layer = layers.commit(dir, s.layers);
                cache.put(key, layer);
            }
            s.layers.add(layer);
            history(s, "/bin/sh -c #(nop) " + i.keyword() + " " + inputs.hex().substring(0, 12) + " in " + target
                    + " ", false);
        } finally {
            for (Path t : temps) {
                Trees.delete(t);
            }
        }
    }

    /** {@code --from}: a stage, else a named context (handled by the caller), else an image. */
    private BuildScratch.View fromView(ImageBuilder.BuildRun run, Dockerfile.Stage stage, String from)
            throws IOException, InterruptedException {
        Optional<Integer> ref = StagePlan.stageRef(run.stages(), from, stage.index());
        if (ref.isPresent()) {
            return scratch.view(layers.ensureUnpacked(run.built().get(ref.get()).layers));
        }
        if (run.context().named(from).isPresent()) {
            return null;
        }
        throw new BuildException("COPY --from=" + from + ": no stage or named context of that name (copying from "
                + "an image is not supported yet)");
    }

    /** ADD: a local tar archive (maybe compressed) given as a source is unpacked at the destination. */
    private List<CopyStep.Item> archives(List<CopyStep.Item> items, int sources, List<Path> temps)
            throws IOException {
        List<CopyStep.Item> out = new ArrayList<>();
        for (CopyStep.Item item : items) {
            Path unpacked = Files.isRegularFile(item.from()) ? unpack(item.from(), temps) : null;
            if (unpacked == null) {
                out.add(item);
                continue;
            }
            String dir = item.to().endsWith("/" + item.from().getFileName()) && sources >= 1
                    ? item.to().substring(0, item.to().length() - item.from().getFileName().toString().length() - 1)
                    : item.to();
            dir = dir.isEmpty() ? "/" : dir;
            try (var walk = Files.walk(unpacked)) {
                for (Path p : walk.sorted().toList()) {
                    String rel = unpacked.relativize(p).toString();
                    out.add(new CopyStep.Item(p, rel.isEmpty() ? dir : CopyStep.join(dir, rel), true));
                }
            }
        }
        return out;
    }

    private Path unpack(Path archive, List<Path> temps) throws IOException {
        Path holder = scratch.newDir("add");
        temps.add(holder);
        Path target = holder.resolve("tree");
        try (InputStream in = Files.newInputStream(archive)) {
            new LayerExtractor(Native.linux()).extract("ADD " + archive.getFileName(), in, target, Optional.empty(),
                    ExtractOptions.untrusted());
            return target;
        } catch (LayerException notAnArchive) {
            return null;
        }
    }

    private static int parseMode(String mode) {
        if (!mode.matches("[0-7]{3,4}")) {
            throw new BuildException("invalid --chmod value \"" + mode + "\": expected an octal mode such as 755");
        }
        return Integer.parseInt(mode, 8);
    }

    private BuiltLayer cached(ImageBuilder.BuildRun run, Digest key) throws IOException {
        if (run.options().noCache()) {
            return null;
        }
        Optional<BuiltLayer> hit = cache.get(key);
        if (hit.isPresent() && layers.present(List.of(hit.get()))) {
            run.out().stream(" ---> Using cache\n");
            return hit.get();
        }
        return null;
    }

    private void history(StageState s, String createdBy, boolean empty) {
        s.history.add(new ImageConfig.History(clock.instant().toString(), createdBy, null, empty ? true : null));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
