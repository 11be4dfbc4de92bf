package io.jcompose.volumes;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A local volume's name, which is also its directory under the state: docker's restricted characters keep it a
 * single path component, so a name can never escape the volumes directory.
 */
public record VolumeName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    public VolumeName {
        if (value == null || value.length() < 2) {
            throw VolumeException.invalid("volume name is too short, names should be at least two alphanumeric"
                    + " characters");
        }
        if (!VALID.matcher(value).matches()) {
            throw VolumeException.invalid("\"" + value + "\" includes invalid characters for a local volume name,"
                    + " only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory,"
                    + " use absolute path");
        }
    }

    /** Parses a name, with docker's messages for one too short or with other characters. */
    public static VolumeName of(String value) {
        return new VolumeName(value);
    }

    /** A fresh name for an anonymous volume: 64 hex digits, as docker makes them. */
    public static VolumeName anonymous(RandomGenerator random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new VolumeName(HexFormat.of().formatHex(bytes));
    }

    /** Whether the name looks like one {@link #anonymous} made. */
    public boolean looksAnonymous() {
        return ANONYMOUS.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
