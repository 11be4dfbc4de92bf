package io.jcompose.cli.container;

import io.jcompose.engine.api.json.MountJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --mount type=bind,source=/a,target=/b,readonly}: docker's comma-separated mount syntax (fields may be
 * double-quoted) as the API's {@link MountJson}; the engine checks what the fields mean together.
 */
final class MountSpec {

    private static final Set<String> TYPES = Set.of("bind", "volume", "tmpfs");

    private MountSpec() {
    }

    static MountJson of(String text) {
        String type = "volume";
        String source = null;
        String target = null;
        Boolean readOnly = null;
        String consistency = null;
        String propagation = null;
        Boolean nonRecursive = null;
        Boolean createMountpoint = null;
        Boolean noCopy = null;
        Map<String, String> labels = new LinkedHashMap<>();
        String subpath = null;
        Long tmpfsSize = null;
        Integer tmpfsMode = null;
        for (String field : fields(text)) {
            int eq = field.indexOf('=');
            String key = eq < 0 ? field : field.substring(0, eq);
            String value = eq < 0 ? null : field.substring(eq + 1);
            switch (key) {
                case "type" -> type = value(text, key, value);
                case "source", "src" -> source = value(text, key, value);
                case "target", "destination", "dst" -> target = value(text, key, value);
                case "readonly", "ro" -> readOnly = bool(text, key, value);
                case "consistency" -> consistency = value(text, key, value);
                case "bind-propagation" -> propagation = value(text, key, value);
                case "bind-nonrecursive" -> nonRecursive = bool(text, key, value);
                case "bind-create-mountpoint" -> createMountpoint = bool(text, key, value);
                case "volume-nocopy" -> noCopy = bool(text, key, value);
                case "volume-subpath" -> subpath = value(text, key, value);
                case "volume-label" -> {
                    String label = value(text, key, value);
                    int at = label.indexOf('=');
                    labels.put(at < 0 ? label : label.substring(0, at), at < 0 ? "" : label.substring(at + 1));
                }
                case "tmpfs-size" -> tmpfsSize = ByteSize.of(value(text, key, value)).bytes();
                case "tmpfs-mode" -> tmpfsMode = mode(text, value(text, key, value));
                default -> throw invalid(text, "unknown field \"" + key + "\"");
            }
        }
        if (!TYPES.contains(type)) {
            throw invalid(text, "unknown type \"" + type + "\" (expected bind, volume or tmpfs)");
        }
        if (target == null || target.isEmpty()) {
            throw invalid(text, "target is required");
        }
        MountJson.BindOptions bind = propagation != null || nonRecursive != null || createMountpoint != null
                ? new MountJson.BindOptions(propagation, nonRecursive, createMountpoint) : null;
        MountJson.VolumeOptions volume = noCopy != null || !labels.isEmpty() || subpath != null
                ? new MountJson.VolumeOptions(noCopy, labels.isEmpty() ? null : Map.copyOf(labels), subpath) : null;
        MountJson.TmpfsOptions tmpfs = tmpfsSize != null || tmpfsMode != null
                ? new MountJson.TmpfsOptions(tmpfsSize, tmpfsMode) : null;
        return new MountJson(target, source, type, readOnly, consistency, bind, volume, tmpfs);
    }

    /** The comma-separated fields; a double-quoted stretch may hold commas, and {@code ""} is one quote. */
    static List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw invalid(text, "a quote is not closed");
        }
        out.add(field.toString());
        return out;
    }

    private static String value(String text, String key, String value) {
        if (value == null) {
            throw invalid(text, "field \"" + key + "\" must be a key=value pair");
        }
        return value;
    }

    private static boolean bool(String text, String key, String value) {
        if (value == null) {
            return true;
        }
        return switch (value) {
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> throw invalid(text, "field \"" + key + "\" must be true or false, not \"" + value + "\"");
        };
    }

    private static int mode(String text, String value) {
        try {
            return Integer.parseInt(value, 8);
        } catch (NumberFormatException e) {
            throw invalid(text, "tmpfs-mode \"" + value + "\" is not an octal mode");
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid mount: \"" + text + "\" (" + why + ")");
    }
}
