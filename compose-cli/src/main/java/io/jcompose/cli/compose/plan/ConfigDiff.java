package io.jcompose.cli.compose.plan;

import io.jcompose.cli.compose.plan.StoredConfig.FileDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Names what differs between the configuration a container was made from and the one the files ask for now, in
 * compose terms: {@code environment.PGDATA changed}, {@code networks.back added}, {@code volumes[1] changed},
 * {@code secrets.token (file ./token.txt) changed}. Maps are followed key by key; a list of scalars
 * ({@code command}, {@code cap_add}) is named as a whole, a list of objects ({@code ports}, {@code volumes}) item
 * by item.
 */
public final class ConfigDiff {

    /** How many changes a reason names before it says {@code and N more}. */
    static final int SHOWN = 3;

    private ConfigDiff() {
    }

    /** The changes, service fields (sorted) first, then mounted files. */
    public static List<String> changes(StoredConfig was, StoredConfig now) {
        List<String> out = new ArrayList<>();
        diff("", was.service(), now.service(), out);
        for (String key : new TreeSet<>(now.files().keySet())) {
            FileDigest before = was.files().get(key);
            FileDigest after = now.files().get(key);
            if (before != null && !before.sha256().equals(after.sha256())) {
                out.add(key + " (" + after.from() + ") changed");
            }
        }
        return out;
    }

    /** {@code a changed}, {@code a changed and b added}, {@code a, b and c changed}..., {@code a, b, c and 2 more}. */
    public static String reason(List<String> changes) {
        if (changes.size() <= 1) {
            return changes.isEmpty() ? "" : changes.getFirst();
        }
        if (changes.size() <= SHOWN) {
            return String.join(", ", changes.subList(0, changes.size() - 1)) + " and " + changes.getLast();
        }
        return String.join(", ", changes.subList(0, SHOWN)) + " and " + (changes.size() - SHOWN) + " more";
    }

    private static void diff(String path, Object was, Object now, List<String> out) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was instanceof Map<?, ?> a && now instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add(k.toString()));
            b.keySet().forEach(k -> keys.add(k.toString()));
            for (String k : keys) {
                String child = path.isEmpty() ? k : path + "." + k;
                if (!a.containsKey(k)) {
                    out.add(child + " added");
                } else if (!b.containsKey(k)) {
                    out.add(child + " removed");
                } else {
                    diff(child, a.get(k), b.get(k), out);
                }
            }
        } else if (was instanceof List<?> a && now instanceof List<?> b && !(scalars(a) && scalars(b))) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String item = path + "[" + i + "]";
                if (i >= a.size()) {
                    out.add(item + " added");
                } else if (i >= b.size()) {
                    out.add(item + " removed");
                } else if (!Objects.equals(a.get(i), b.get(i))) {
                    out.add(item + " changed");
                }
            }
        } else {
            out.add((path.isEmpty() ? "configuration" : path) + " changed");
        }
    }

    private static boolean scalars(List<?> list) {
        return list.stream().noneMatch(i -> i instanceof Map || i instanceof List);
    }
}
