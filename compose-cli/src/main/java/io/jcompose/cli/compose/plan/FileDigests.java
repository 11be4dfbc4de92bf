package io.jcompose.cli.compose.plan;

import io.jcompose.cli.compose.plan.StoredConfig.FileDigest;
import io.jcompose.model.env.Environment;
import io.jcompose.model.project.FileObject;
import io.jcompose.model.project.FileReference;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of the secrets and configs a service mounts, as digests keyed {@code secrets.NAME} and
 * {@code configs.NAME}: docker compose's config hash covers only the YAML, so editing {@code ./token.txt} would
 * otherwise leave the container with the old secret. External ones are the engine's business and are left out.
 */
public final class FileDigests {

    private FileDigests() {
    }

    public static Map<String, FileDigest> of(Service service, Map<String, FileObject> secrets,
            Map<String, FileObject> configs, Environment environment, Path workingDirectory) {
        Map<String, FileDigest> out = new TreeMap<>();
        add(out, "secrets", service.secrets(), secrets, environment, workingDirectory);
        add(out, "configs", service.configs(), configs, environment, workingDirectory);
        return out;
    }

    private static void add(Map<String, FileDigest> out, String kind, List<FileReference> uses,
            Map<String, FileObject> defined, Environment environment, Path workingDirectory) {
        for (FileReference use : uses) {
            FileObject o = defined.get(use.source());
            if (o == null || o.external()) {
                continue;
            }
            FileDigest d = null;
            if (o.file() != null && !o.file().isEmpty()) {
                d = new FileDigest("file " + display(Path.of(o.file()), workingDirectory), read(Path.of(o.file())));
            } else if (o.content() != null) {
                d = new FileDigest("content", bytes(o.content()));
            } else if (o.environment() != null && !o.environment().isEmpty()) {
                d = new FileDigest("environment " + o.environment(),
                        bytes(environment == null ? ""
                        : environment.get(o.environment()).orElse("")));
            }
            if (d != null) {
                out.put(kind + "." + use.source(), d);
            }
        }
    }

    /**
     * The file's SHA-256; a directory, or a file that cannot be read, counts as {@code unreadable} (its contents are
     * not followed; creating the container reports a missing file).
     */
    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? StoredConfig.sha256(Files.readAllBytes(file)) : "unreadable";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String bytes(String text) {
        return StoredConfig.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code ./token.txt} for a file under the project directory, else the path as given. */
    static String display(Path file, Path workingDirectory) {
        if (workingDirectory != null && file.isAbsolute() && file.normalize().startsWith(workingDirectory.normalize())) {
            return "./" + workingDirectory.normalize().relativize(file.normalize());
        }
        return file.toString();
    }
}
