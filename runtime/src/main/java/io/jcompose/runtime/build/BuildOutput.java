package io.jcompose.runtime.build;

/** Where a build reports progress: text as docker's classic builder prints it, and the new image's ID. */
public interface BuildOutput {

    /** Some text, ending in a newline ({@code Step 1/4 : FROM scratch\n}). */
    void stream(String text);

    /** The ID of the image built ({@code sha256:...}). */
    void imageId(String id);
}
