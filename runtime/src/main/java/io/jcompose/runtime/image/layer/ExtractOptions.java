package io.jcompose.runtime.image.layer;

/**
 * What a layer may contain beyond files, directories and links. Layers from registries and archives are
 * untrusted: device nodes and fifos in them are refused (the whiteouts the extractor makes itself are always
 * allowed); an engine-built layer may be trusted.
 */
public record ExtractOptions(boolean allowDevices) {

    /** The default: no device nodes or fifos from the tar. */
    public static ExtractOptions untrusted() {
        return new ExtractOptions(false);
    }

    /** Device nodes and fifos from the tar are made as they are. */
    public static ExtractOptions trusted() {
        return new ExtractOptions(true);
    }
}
