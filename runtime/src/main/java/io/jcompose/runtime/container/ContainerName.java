package io.jcompose.runtime.container;

import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;

/** A container's name without docker's leading slash, validated with docker's rule and message. */
public record ContainerName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final List<String> ADJECTIVES = List.of("brisk", "calm", "clever", "eager", "gentle", "happy",
            "jolly", "keen", "lucid", "merry", "nimble", "quiet", "rapid", "serene", "sharp", "steady", "sunny",
            "tidy", "vivid", "witty");
    private static final List<String> NOUNS = List.of("badger", "beacon", "canyon", "comet", "falcon", "fjord",
            "glacier", "harbor", "heron", "lagoon", "lantern", "meadow", "nebula", "otter", "pebble", "quartz",
            "river", "summit", "tundra", "walrus");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ContainerName {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid container name (" + value
                    + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
    }

    /** Parses a name as clients send it, with or without docker's leading slash. */
    public static ContainerName of(String name) {
        return new ContainerName(name.startsWith("/") ? name.substring(1) : name);
    }

    /** A random two-word name like docker's {@code adjective_noun}; the caller retries on a clash. */
    public static ContainerName random() {
        return new ContainerName(ADJECTIVES.get(RANDOM.nextInt(ADJECTIVES.size())) + "_"
                + NOUNS.get(RANDOM.nextInt(NOUNS.size())) + "_" + (RANDOM.nextInt(900) + 100));
    }

    @Override
    public String toString() {
        return value;
    }
}
