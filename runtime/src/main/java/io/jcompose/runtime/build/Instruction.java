package io.jcompose.runtime.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Dockerfile instruction as written, before variable substitution.
 *
 * @param keyword  upper case ({@code RUN}, {@code COPY}, ...)
 * @param flags    {@code --name=value} options in order ({@code --from}, {@code --chown}); a bare {@code --x} maps
 *                 to {@code "true"}
 * @param args     the text after the flags, continuations joined
 * @param exec     the JSON (exec) form's words when the arguments are a JSON array of strings
 * @param heredocs the bodies of {@code <<EOF} documents that followed the instruction, in order
 * @param line     the line the instruction starts on
 */
public record Instruction(String keyword, Map<String, String> flags, String args, Optional<List<String>> exec,
        List<String> heredocs, int line) {

    public Instruction {
        flags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
        exec = exec.map(List::copyOf);
        heredocs = List.copyOf(heredocs);
    }

    public Optional<String> flag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    /** The instruction as docker prints it in {@code Step 1/4 : ...}. */
    public String text() {
        StringBuilder s = new StringBuilder(keyword);
        flags.forEach((k, v) -> s.append(" --").append(k).append(v.equals("true") ? "" : "=" + v));
        if (!args.isEmpty()) {
            s.append(' ').append(args);
        }
        return s.toString();
    }
}
