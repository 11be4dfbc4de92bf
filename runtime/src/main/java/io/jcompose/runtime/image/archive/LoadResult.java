package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.ref.ImageReference;
import java.util.ArrayList;
import java.util.List;

/** What a load brought in: the names it set, and the IDs of images that came without a name. */
public record LoadResult(List<ImageReference> names, List<Digest> unnamedIds) {

    public LoadResult {
        names = List.copyOf(names);
        unnamedIds = List.copyOf(unnamedIds);
    }

    /** The lines {@code docker load} prints. */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add("Loaded image: " + n.familiar()));
        unnamedIds.forEach(id -> out.add("Loaded image ID: " + id));
        return out;
    }
}
