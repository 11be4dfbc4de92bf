package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Action.CreateVolume;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.model.project.Volume;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the project's volumes as docker compose does (its labels, driver and options) and, for {@code down -v},
 * removes them again: only volumes this project made, never external ones.
 */
final class VolumeSteps {

    private static final String KIND = "Volume";

    private final VolumeApi volumes;
    private final Desired desired;
    private final Progress progress;
    private final String version;

    VolumeSteps(VolumeApi volumes, Desired desired, Progress progress, String version) {
        this.volumes = volumes;
        this.desired = desired;
        this.progress = progress;
        this.version = version;
    }

    /** Creates one volume and returns its engine name. */
    String create(CreateVolume action) throws IOException {
        Volume v = desired.project().volumes().get(action.key());
        String event = quoted(v.name());
        progress.report(ProgressEvent.working(KIND, event, "Creating"));
        try {
            VolumeJson made = volumes.create(body(action.key(), v));
            progress.report(ProgressEvent.done(KIND, event, "Created"));
            return made.name() == null ? v.name() : made.name();
        } catch (IOException e) {
            progress.report(ProgressEvent.error(KIND, event, "Error"));
            throw e;
        }
    }

    VolumeCreateJson body(String key, Volume v) {
        Map<String, String> labels = new TreeMap<>(v.labels());
        labels.put(Labels.PROJECT, desired.name());
        labels.put(Labels.VOLUME, key);
        labels.put(Labels.VERSION, version);
        return new VolumeCreateJson(v.name(), v.driver() == null || v.driver().isEmpty() ? "local" : v.driver(),
                v.driverOpts().isEmpty() ? null : v.driverOpts(), labels);
    }

    /**
     * {@code down -v}: removes each non-external volume of the project that carries this project's label; a missing
     * one is skipped, one still in use is reported. Returns warnings for the user.
     */
    List<String> removeAll() throws IOException {
        List<String> warnings = new ArrayList<>();
        for (Volume v : desired.project().volumes().values()) {
            if (v.external()) {
                continue;
            }
            String event = quoted(v.name());
            try {
                VolumeJson found = volumes.inspect(v.name());
                Map<String, String> labels = found.labels() == null ? Map.of() : found.labels();
                if (!desired.name().equals(labels.get(Labels.PROJECT))) {
                    warnings.add("volume \"" + v.name() + "\" was not created by this project; not removed");
                    continue;
                }
                progress.report(ProgressEvent.working(KIND, event, "Removing"));
                volumes.remove(v.name(), true);
                progress.report(ProgressEvent.done(KIND, event, "Removed"));
            } catch (EngineApiException e) {
                if (e.isNotFound()) {
                    continue;
                }
                progress.report(ProgressEvent.error(KIND, event, "Resource is still in use"));
                warnings.add("volume " + v.name() + " was not removed: " + e.engineMessage());
            }
        }
        return warnings;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
