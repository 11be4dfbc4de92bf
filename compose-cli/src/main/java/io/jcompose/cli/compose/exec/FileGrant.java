package io.jcompose.cli.compose.exec;

import io.jcompose.model.project.FileObject;
import io.jcompose.model.project.FileReference;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One secret or config a service is given, where it lands in the container as docker compose v2 places it: a
 * secret under {@code /run/secrets/} (its name, or a relative {@code target}), a config at {@code /<name>} (or
 * under {@code /} for a relative {@code target}); an absolute {@code target} as it is. File-sourced ones are
 * bind-mounted; content- and environment-sourced ones are copied in, with the long syntax's owner and mode.
 */
public record FileGrant(Kind kind, String key, FileObject object, String target, String uid, String gid,
        Integer mode) {

    /** Docker compose's mode for copied content when the long syntax names none. */
    public static final int DEFAULT_MODE = 0444;

    /** Secrets and configs differ only in their default place and in docker compose's messages. */
    public enum Kind {
        SECRET("secret", "secrets", "/run/secrets/"),
        CONFIG("config", "config", "/");

        private final String word;
        private final String warningWord;
        private final String base;

        Kind(String word, String warningWord, String base) {
            this.word = word;
            this.warningWord = warningWord;
            this.base = base;
        }

        /** {@code secret} or {@code config}, as docker compose's errors name them. */
        public String word() {
            return word;
        }

        /** {@code secrets} or {@code config}, as docker compose's uid/gid/mode warning starts. */
        String warningWord() {
            return warningWord;
        }
    }

    /** The service's secrets, then its configs, in the order the service lists them. */
    public static List<FileGrant> of(Service s, Project p) {
        List<FileGrant> grants = new ArrayList<>();
        for (FileReference r : s.secrets()) {
            grants.add(of(Kind.SECRET, r, p.secrets().get(r.source())));
        }
        for (FileReference r : s.configs()) {
            grants.add(of(Kind.CONFIG, r, p.configs().get(r.source())));
        }
        return grants;
    }

    private static FileGrant of(Kind kind, FileReference r, FileObject object) {
        return new FileGrant(kind, r.source(), object, target(kind, r), emptyToNull(r.uid()), emptyToNull(r.gid()),
                r.mode());
    }

    /** The path in the container, cleaned as Go's {@code path.Clean} cleans it. */
    static String target(Kind kind, FileReference r) {
        String t = r.target();
        String raw = t == null || t.isEmpty() ? kind.base + r.source() : t.startsWith("/") ? t : kind.base + t;
        return Path.of(raw).normalize().toString();
    }

    /** Whether its content is copied into the container (from {@code content:} or {@code environment:}). */
    public boolean copied() {
        return object != null && !object.external() && (notEmpty(object.environment()) || notEmpty(object.content()));
    }

    /** Whether it is bind-mounted from a host file. */
    public boolean mounted() {
        return object != null && !object.external() && !copied() && notEmpty(object.file());
    }

    /** Whether the long syntax set an owner or a mode (docker compose ignores them for bind mounts). */
    boolean ownedOrModed() {
        return uid != null || gid != null || mode != null;
    }

    /** The name docker compose's messages use: the object's engine name, else its key. */
    String displayName() {
        return object == null || !notEmpty(object.name()) ? key : object.name();
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
