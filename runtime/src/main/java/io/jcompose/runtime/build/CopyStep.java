package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * COPY and ADD: which files go where (docker's rules for a destination ending in {@code /}, several sources and
 * directories, whose contents are copied), a digest of their contents and metadata for the cache, and the
 * writing of them into a new layer directory owned by root or {@code --chown}.
 */
final class CopyStep {

    /** One entry to write: a file, directory or symlink at {@code from}, to the absolute image path {@code to}. */
    record Item(Path from, String to, boolean keepOwner) {
    }

    private CopyStep() {
    }

    /** Expands the sources (relative to {@code source}) into items; directories bring their whole tree. */
    static List<Item> plan(BuildContext context, BuildContext.Source source, List<String> sources, String dest,
            String keyword, ImageFiles image) throws IOException {
        boolean toDir = dest.endsWith("/") || sources.size() > 1 || image.isDirectory(dest);
        String target = "/" + ContextPaths.clean(dest);
        List<Item> items = new ArrayList<>();
        for (String s : sources) {
            List<String> matches = context.match(source, s, context.ignore());
            if (matches.isEmpty()) {
                throw new BuildException(ContextPaths.hasGlob(s) ? keyword + " failed: no source files were specified"
                        : keyword + " failed: file not found in build context or excluded by .dockerignore: stat "
                        + s + ": file does not exist");
            }
            boolean several = matches.size() > 1 || toDir;
            for (String m : matches) {
                Path from = m.isEmpty() ? source.dir() : source.dir().resolve(m);
                if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                    tree(context, source, m, from, target, items);
                } else {
                    String name = from.getFileName().toString();
                    items.add(new Item(from, several ? join(target, name) : target, false));
                }
            }
        }
        return items;
    }

    private static void tree(BuildContext context, BuildContext.Source source, String rel, Path dir, String target,
            List<Item> items) throws IOException {
        items.add(new Item(dir, target, false));
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.skip(1).sorted().toList();
        }
        for (Path p : all) {
            String inDir = dir.relativize(p).toString();
            String inContext = rel.isEmpty() ? inDir : rel + "/" + inDir;
            if (!context.excluded(source, inContext, context.ignore())) {
                items.add(new Item(p, join(target, inDir), false));
            }
        }
    }

    static String join(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    /** What the cache compares: destinations, types, modes, link targets and contents (not times). */
    static Digest digest(List<Item> items, String options) throws IOException {
        MessageDigest sha = Digest.newSha256();
        sha.update(options.getBytes(StandardCharsets.UTF_8));
        for (Item i : items) {
            Path p = i.from();
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            String head = "\n" + i.to() + "\0" + Integer.toOctalString(mode) + "\0" + i.keepOwner();
            if (i.keepOwner()) {
                head += "\0" + Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
                        + Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
            }
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            if (Files.isSymbolicLink(p)) {
                sha.update(Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
        }
        return new Digest("sha256", HexFormat.of().formatHex(sha.digest()));
    }

    /** Writes the items into {@code layer}, making missing parents with the image's metadata (or 0755 root). */
    static void write(List<Item> items, Path layer, Owner owner, Integer chmod, ImageFiles image, Native sys)
            throws IOException {
        for (Item i : items) {
            parents(layer, i.to(), image, sys);
            Path to = layer.resolve(ContextPaths.clean(i.to()));
            Path from = i.from();
            boolean dir = Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS);
            if (dir) {
                if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(to);
                    Files.createDirectory(to);
                }
            } else if (Files.isSymbolicLink(from)) {
                Files.deleteIfExists(to);
                Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            } else {
                continue;
            }
            long uid = i.keepOwner() ? ((Number) Files.getAttribute(from, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                    .longValue() : owner.uid();
            long gid = i.keepOwner() ? ((Number) Files.getAttribute(from, "unix:gid", LinkOption.NOFOLLOW_LINKS))
                    .longValue() : owner.gid();
            sys.lchown(to, uid, gid);
            if (!Files.isSymbolicLink(to)) {
                int mode = (Integer) Files.getAttribute(from, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
                sys.chmod(to, chmod != null ? chmod : mode);
                FileTime modified = Files.getLastModifiedTime(from, LinkOption.NOFOLLOW_LINKS);
                Files.setLastModifiedTime(to, modified);
            }
        }
    }

    private static void parents(Path layer, String to, ImageFiles image, Native sys) throws IOException {
        String rel = ContextPaths.clean(to);
        int slash = rel.indexOf('/');
        while (slash > 0) {
            String parent = rel.substring(0, slash);
            Path p = layer.resolve(parent);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(p);
                var existing = image.find("/" + parent).filter(Files::isDirectory);
                if (existing.isPresent()) {
                    Path e = existing.get();
                    sys.lchown(p, ((Number) Files.getAttribute(e, "unix:uid")).longValue(),
                            ((Number) Files.getAttribute(e, "unix:gid")).longValue());
                    sys.chmod(p, (Integer) Files.getAttribute(e, "unix:mode") & 07777);
                } else {
                    sys.chmod(p, 0755);
                }
            }
            slash = rel.indexOf('/', slash + 1);
        }
    }
}
