package io.jcompose.cli.build;

import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.engine.api.transport.BodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Packs a checked context into a tar while it is sent: the context filtered by its {@code .dockerignore} (the
 * Dockerfile and {@code .dockerignore} always in), a generated Dockerfile if there is one, then each named context
 * under {@code .jcompose-contexts/NAME/}, with only the files its Dockerfile takes from it.
 */
record ContextTar(Path context, DockerIgnore ignore, Set<String> keep, String generatedName, String generated,
        Map<String, NamedContext> named) implements BodyWriter {

    /** A named context: its (real) directory, its own ignore rules, and what to send ({@code "."}: all). */
    record NamedContext(Path root, DockerIgnore ignore, List<String> sources) {
    }

    ContextTar {
        keep = Set.copyOf(keep);
        named = Map.copyOf(named);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        TarWriter tar = new TarWriter(out);
        FileEntries entries = new FileEntries(tar);
        for (Path child : FileEntries.sorted(context)) {
            walk(entries, context, child.getFileName().toString(), "", ignore, true);
        }
        if (generated != null) {
            tar.file(generatedName, 0644, 0, generated.getBytes(StandardCharsets.UTF_8));
        }
        if (!named.isEmpty()) {
            entries.syntheticDirectory(BuildRequest.NAMED_CONTEXTS_DIR);
        }
        for (String name : named.keySet().stream().sorted().toList()) {
            NamedContext c = named.get(name);
            String prefix = BuildRequest.NAMED_CONTEXTS_DIR + "/" + name + "/";
            entries.syntheticDirectory(prefix.substring(0, prefix.length() - 1));
            for (String path : NamedContextFiles.select(c.root(), c.sources())) {
                if (path.equals(".")) {
                    for (Path child : FileEntries.sorted(c.root())) {
                        walk(entries, c.root(), child.getFileName().toString(), prefix, c.ignore(), true);
                    }
                } else if (!c.ignore().excludes(path)) {
                    entries.parents(c.root(), prefix, path);
                    walk(entries, c.root(), path, prefix, c.ignore(), true);
                }
            }
        }
        tar.finish();
    }

    /** Writes one path and, for a directory, what is in it that the rules let through. */
    private void walk(FileEntries entries, Path root, String relative, String prefix, DockerIgnore rules,
            boolean parentWritten) throws IOException {
        Path file = root.resolve(relative);
        boolean kept = prefix.isEmpty() && keep.contains(relative);
        boolean excluded = !kept && rules.excludes(relative);
        boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        if (!excluded) {
            if (!parentWritten) {
                entries.parents(root, prefix, relative);
            }
            entries.write(file, prefix + relative);
        }
        if (directory && (!excluded || rules.mayReincludeUnder(relative) || keepsUnder(prefix, relative))) {
            for (Path child : FileEntries.sorted(file)) {
                walk(entries, root, relative + "/" + child.getFileName(), prefix, rules, !excluded);
            }
        }
    }

    private boolean keepsUnder(String prefix, String dir) {
        return prefix.isEmpty() && keep.stream().anyMatch(k -> k.startsWith(dir + "/"));
    }
}
