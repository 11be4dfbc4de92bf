package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.registry.ProgressEvent;
import io.jcompose.runtime.registry.ProgressListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Turns registry transfer events into the per-layer lines docker writes, keyed by the layer's 12-digit short
 * digest: for a pull {@code Pulling fs layer}, {@code Downloading}, {@code Verifying Checksum},
 * {@code Download complete}, {@code Pull complete} or {@code Already exists}; for a push {@code Preparing},
 * {@code Pushing}, {@code Pushed}, {@code Layer already exists} or {@code Mounted from}. Blobs that are not layers
 * (the config) are not shown, as docker does not show them.
 */
final class TransferProgress implements ProgressListener {

    /** Which operation's words to use. */
    enum Kind { PULL, PUSH }

    private final ProgressLines lines;
    private final Kind kind;
    private final Predicate<Digest> shown;
    private final Set<Digest> mounted = ConcurrentHashMap.newKeySet();

    TransferProgress(ProgressLines lines, Kind kind, Predicate<Digest> shown) {
        this.lines = lines;
        this.kind = kind;
        this.shown = shown;
    }

    /**
     * For a pull, where the manifest is not known before the events start: the registry client reports the config
     * first (before any layer), so the first blob reported is the one hidden.
     */
    static Predicate<Digest> allButFirst() {
        AtomicReference<Digest> first = new AtomicReference<>();
        return d -> {
            first.compareAndSet(null, d);
            return !d.equals(first.get());
        };
    }

    @Override
    public void on(ProgressEvent event) {
        if (!shown.test(event.digest())) {
            return;
        }
        String id = event.digest().shortHex();
        switch (event) {
            case ProgressEvent.Waiting w -> lines.write(ProgressJson.layer(id,
                    kind == Kind.PULL ? "Pulling fs layer" : "Preparing"));
            case ProgressEvent.Downloading d -> lines.write(ProgressJson.transfer(id, "Downloading", d.bytes(),
                    d.total(), ProgressBar.of(d.bytes(), d.total())));
            case ProgressEvent.Uploading u -> lines.write(ProgressJson.transfer(id, "Pushing", u.bytes(), u.total(),
                    ProgressBar.of(u.bytes(), u.total())));
            case ProgressEvent.Verifying v -> lines.write(ProgressJson.layer(id, "Verifying Checksum"));
            case ProgressEvent.Done done -> {
                if (kind == Kind.PULL) {
                    lines.write(ProgressJson.layer(id, "Download complete"));
                    lines.write(ProgressJson.layer(id, "Pull complete"));
                } else if (!mounted.contains(done.digest())) {
                    lines.write(ProgressJson.layer(id, "Pushed"));
                }
            }
            case ProgressEvent.AlreadyExists a -> lines.write(ProgressJson.layer(id,
                    kind == Kind.PULL ? "Already exists" : "Layer already exists"));
            case ProgressEvent.Mounted m -> {
                mounted.add(m.digest());
                lines.write(ProgressJson.layer(id, "Mounted from " + m.fromRepository()));
            }
        }
    }
}
