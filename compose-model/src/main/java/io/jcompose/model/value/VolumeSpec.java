package io.jcompose.model.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A short volume entry {@code [SOURCE:]TARGET[:MODE]}, split as compose-go's ParseVolume splits it (colons
 * inside {@code ${...}} do not count); a source starting with {@code /}, {@code .} or {@code ~} is a bind mount,
 * any other source a named volume, no source an anonymous volume.
 *
 * @param type "bind" or "volume"
 * @param source the host path or volume name, empty for an anonymous volume
 * @param target the path inside the container, as written
 * @param readOnly whether {@code ro} was given (the last of ro/rw wins)
 * @param selinux {@code z}, {@code Z} or empty
 * @param propagation a bind propagation mode or empty
 * @param noCopy whether {@code nocopy} was given
 */
public record VolumeSpec(String type, String source, String target, boolean readOnly, String selinux,
        String propagation, boolean noCopy) {

    public static final Set<String> PROPAGATIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave",
            "slave");

    public static VolumeSpec of(String text) {
        String s = text == null ? "" : text;
        if (s.isEmpty()) {
            throw invalid(s, "empty volume");
        }
        if (s.length() <= 2) {
            return new VolumeSpec("volume", "", s, false, "", "", false);
        }
        List<String> sections = split(s);
        for (String section : sections) {
            if (section.isEmpty()) {
                throw invalid(s, "empty section between colons");
            }
        }
        if (sections.size() > 3) {
            throw invalid(s, "too many colons");
        }
        String source = sections.size() == 1 ? "" : sections.get(0);
        String target = sections.size() == 1 ? sections.get(0) : sections.get(1);
        boolean readOnly = false;
        boolean noCopy = false;
        String selinux = "";
        String propagation = "";
        if (sections.size() == 3) {
            for (String option : sections.get(2).split(",", -1)) {
                switch (option) {
                    case "ro" -> readOnly = true;
                    case "rw" -> readOnly = false;
                    case "nocopy" -> noCopy = true;
                    case "z", "Z" -> selinux = option;
                    default -> {
                        if (PROPAGATIONS.contains(option)) {
                            propagation = option;
                        }
                        // other options are ignored, as compose does
                    }
                }
            }
        }
        return new VolumeSpec(isFilePath(source) ? "bind" : "volume", source, target, readOnly, selinux,
                propagation, noCopy);
    }

    private static List<String> split(String s) {
        List<String> sections = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                sections.add(buffer.toString());
                buffer.setLength(0);
                continue;
            }
            buffer.append(c);
        }
        sections.add(buffer.toString());
        return sections;
    }

    private static boolean isFilePath(String source) {
        return !source.isEmpty() && "./~".indexOf(source.charAt(0)) >= 0;
    }

    private static InvalidValueException invalid(String s, String why) {
        return new InvalidValueException("\"" + s + "\" is not a valid volume (expected [SOURCE:]TARGET[:MODE]): "
                + why);
    }

    public boolean isBind() {
        return type.equals("bind");
    }

    /** The canonical short form: {@code [SOURCE:]TARGET[:OPTIONS]} with options in a fixed order. */
    @Override
    public String toString() {
        List<String> options = new ArrayList<>();
        if (readOnly) {
            options.add("ro");
        }
        if (!selinux.isEmpty()) {
            options.add(selinux);
        }
        if (!propagation.isEmpty()) {
            options.add(propagation);
        }
        if (noCopy) {
            options.add("nocopy");
        }
        String base = source.isEmpty() ? target : source + ":" + target;
        return options.isEmpty() ? base : base + ":" + String.join(",", options);
    }
}
