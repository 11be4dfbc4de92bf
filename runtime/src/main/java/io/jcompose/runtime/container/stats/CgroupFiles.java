package io.jcompose.runtime.container.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the small text files of cgroups and /proc: one number, {@code key value} lines, number lists. */
final class CgroupFiles {

    private CgroupFiles() {
    }

    /** The file's number; {@code max} (no limit) and a missing file are empty. */
    static Optional<Long> number(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file).strip();
        return text.isEmpty() || text.equals("max") ? Optional.empty() : Optional.of(parse(text));
    }

    /** {@code key value} lines ({@code memory.stat}, {@code cpu.stat}, {@code cpuacct.stat}); none if missing. */
    static Map<String, Long> keyed(Path file) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 2) {
                out.put(f[0], parse(f[1]));
            }
        }
        return out;
    }

    /** Space-separated numbers on one line ({@code cpuacct.usage_percpu}). */
    static List<Long> numbers(Path file) throws IOException {
        List<Long> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String f : Files.readString(file).strip().split("\\s+")) {
            if (!f.isEmpty()) {
                out.add(parse(f));
            }
        }
        return out;
    }

    /** A decimal counter; values past {@code Long.MAX_VALUE} (unsigned 64-bit "unlimited") are capped there. */
    static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
                return Long.MAX_VALUE;
            }
            throw new NumberFormatException("\"" + text + "\" is not a cgroup counter");
        }
    }
}
