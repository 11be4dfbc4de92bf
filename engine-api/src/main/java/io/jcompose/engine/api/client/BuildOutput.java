package io.jcompose.engine.api.client;

/**
 * Where a build's stream goes as it arrives: the builder's text ({@code Step 1/4 : FROM x\n}, output of RUN) and
 * the ID of the image it made; a front end prefixes, prints or drops them.
 */
public interface BuildOutput {

    /** A piece of the builder's text, with its own line ends. */
    void text(String text);

    /** The built image's ID ({@code sha256:...}), from the stream's {@code aux} line. */
    default void imageId(String id) {
    }
}
