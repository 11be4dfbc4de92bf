package io.jcompose.bench;

import io.jcompose.runtime.image.layer.ExtractOptions;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.sys.Native;
import java.nio.file.Files;
import java.nio.file.Path;

/** Unpacks layer files with our safe extractor, for comparison with tar: {@code UnpackLayers OUT_DIR LAYER...}. */
public final class UnpackLayers {

    private UnpackLayers() {
    }

    public static void main(String[] args) throws Exception {
        LayerExtractor extractor = new LayerExtractor(Native.linux());
        Path out = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path layer = Path.of(args[i]);
            extractor.extract(layer.toString(), Files.newInputStream(layer), out.resolve("layer" + i),
                    java.util.Optional.empty(), ExtractOptions.untrusted());
        }
    }
}
