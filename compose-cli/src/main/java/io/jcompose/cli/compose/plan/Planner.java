package io.jcompose.cli.compose.plan;

import io.jcompose.cli.compose.plan.Action.CreateContainer;
import io.jcompose.cli.compose.plan.Action.CreateNetwork;
import io.jcompose.cli.compose.plan.Action.CreateVolume;
import io.jcompose.cli.compose.plan.Action.KeepContainer;
import io.jcompose.cli.compose.plan.Action.RecreateContainer;
import io.jcompose.cli.compose.plan.Action.RemoveContainer;
import io.jcompose.cli.compose.plan.Action.StartContainer;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Network;
import io.jcompose.model.project.Service;
import io.jcompose.model.project.Volume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what the Compose files ask for with what the engine has and lists the actions that close the gap, each
 * with its reason; pure, so that {@code up --dry-run} and the tests see exactly what {@code up} would do.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(Desired desired, Observed observed, UpOptions options) {
        List<Action> actions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, Network> e : desired.project().networks().entrySet()) {
            Network n = e.getValue();
            if (!n.external() && !observed.hasNetwork(n.name())) {
                actions.add(new CreateNetwork(e.getKey(), n.name(), "not created yet"));
            }
        }
        volumes(desired, observed, actions, warnings);
        Map<String, String> bounced = new HashMap<>();
        for (List<String> level : desired.graph().startLevels()) {
            for (String name : level) {
                if (!options.inScope(name)) {
                    continue;
                }
                List<Action> own = new ArrayList<>();
                service(desired, observed, options, desired.project().service(name), own);
                actions.addAll(DependantRestarts.apply(desired.project().service(name), own, bounced));
            }
        }
        List<ObservedContainer> orphans = observed.containers().stream()
                .filter(c -> desired.project().service(c.service()) == null).toList();
        if (!orphans.isEmpty() && options.removeOrphans()) {
            orphans.forEach(o -> actions.add(new RemoveContainer(o, "orphan (service \"" + o.service()
                    + "\" is not in the project)")));
        } else if (!orphans.isEmpty()) {
            warnings.add("Found orphan containers (" + orphans.stream().map(ObservedContainer::name).toList()
                    + ") for this project. If you removed or renamed this service in your compose file, you can run "
                    + "this command with the --remove-orphans flag to clean it up.");
        }
        return new Plan(actions, warnings);
    }

    /**
     * Volumes as docker compose ensures them: an external one must exist, a missing one is made, and one that exists
     * but was not made for this project is used with a warning.
     */
    private static void volumes(Desired desired, Observed observed, List<Action> actions, List<String> warnings) {
        for (Map.Entry<String, Volume> e : desired.project().volumes().entrySet()) {
            Volume v = e.getValue();
            Optional<ObservedVolume> found = observed.volume(v.name());
            if (found.isEmpty()) {
                if (v.external()) {
                    throw new ComposeException("external volume \"" + v.name() + "\" not found");
                }
                actions.add(new CreateVolume(e.getKey(), v.name(), "not created yet"));
                continue;
            }
            String owner = found.get().project();
            if (v.external()) {
                continue;
            }
            if (owner == null) {
                warnings.add("volume \"" + v.name() + "\" already exists but was not created by Docker Compose. "
                        + "Use `external: true` to use an existing volume");
            } else if (!owner.equals(desired.name())) {
                warnings.add("volume \"" + v.name() + "\" already exists but was created for project \"" + owner
                        + "\" (expected \"" + desired.name() + "\"). Use `external: true` to use an existing volume");
            }
        }
    }

    private static void service(Desired desired, Observed observed, UpOptions options, Service service,
            List<Action> actions) {
        String hash = desired.hashes().getOrDefault(service.name(), "");
        List<ObservedContainer> existing = observed.ofService(service.name());
        int replicas = options.replicas(service);
        for (int number = 1; number <= replicas; number++) {
            int n = number;
            Optional<ObservedContainer> found = existing.stream().filter(c -> c.number() == n).findFirst();
            if (found.isEmpty()) {
                actions.add(new CreateContainer(service.name(), number, desired.containerName(service.name(), number),
                        "not created yet"));
                continue;
            }
            ObservedContainer c = found.get();
            if (options.forceRecreate(service.name())) {
                actions.add(new RecreateContainer(c, options.targets().isEmpty()
                        || options.targets().contains(service.name()) ? "--force-recreate" : "--always-recreate-deps"));
            } else if (!c.configHash().equals(hash) && !options.noRecreate()) {
                String fields = changedFields(desired, c);
                actions.add(new RecreateContainer(c, !fields.isEmpty() ? fields : "configuration changed (config hash "
                        + abbreviate(c.configHash()) + " -> " + abbreviate(hash) + ")"));
            } else if (filesChanged(desired, c) && !options.noRecreate()) {
                actions.add(new RecreateContainer(c, changedFields(desired, c)));
            } else if (imageChanged(desired, observed, c) && !options.noRecreate()) {
                String image = desired.image(service.name());
                actions.add(new RecreateContainer(c, "image " + image + " now has ID "
                        + shortId(observed.imageId(image).orElse("")) + " (was " + shortId(c.imageId()) + ")"));
            } else if (!c.running()) {
                actions.add(new StartContainer(c, "exists but is " + (c.state().isEmpty() ? "stopped" : c.state())));
            } else {
                actions.add(new KeepContainer(c));
            }
        }
        for (ObservedContainer c : existing) {
            if (c.number() < 1 || c.number() > replicas
                    || existing.stream().filter(o -> o.number() == c.number()).findFirst().get() != c) {
                actions.add(new RemoveContainer(c, "scaled to " + replicas
                        + (replicas == 1 ? " replica" : " replicas")));
            }
        }
    }

    /**
     * What changed since the container was made, by field ({@link ConfigDiff#reason}); empty when the container keeps
     * no {@code io.jcompose.config} label or the stored form cannot tell.
     */
    private static String changedFields(Desired desired, ObservedContainer c) {
        StoredConfig now = desired.configs().get(c.service());
        Optional<StoredConfig> was = StoredConfig.parse(c.storedConfig());
        return now == null || was.isEmpty() ? "" : ConfigDiff.reason(ConfigDiff.changes(was.get(), now));
    }

    /** A secret or config file the container mounts has other contents now (known from its stored digests only). */
    private static boolean filesChanged(Desired desired, ObservedContainer c) {
        StoredConfig now = desired.configs().get(c.service());
        Optional<StoredConfig> was = StoredConfig.parse(c.storedConfig());
        return now != null && was.isPresent() && now.files().entrySet().stream().anyMatch(e -> {
            StoredConfig.FileDigest before = was.get().files().get(e.getKey());
            return before != null && !before.sha256().equals(e.getValue().sha256());
        });
    }

    /** The container runs an older image than the one its service's name points at now (rebuilt or pulled). */
    private static boolean imageChanged(Desired desired, Observed observed, ObservedContainer c) {
        Optional<String> now = observed.imageId(desired.image(c.service()));
        return now.isPresent() && !c.imageId().isEmpty() && !now.get().equals(c.imageId());
    }

    /** {@code sha256:0123456789ab}: docker's short image ID with its algorithm. */
    private static String shortId(String id) {
        int colon = id.indexOf(':');
        String hex = colon < 0 ? id : id.substring(colon + 1);
        return (colon < 0 ? "" : id.substring(0, colon + 1)) + hex.substring(0, Math.min(12, hex.length()));
    }

    private static String abbreviate(String hash) {
        return hash.isEmpty() ? "none" : hash.length() <= 12 ? hash : hash.substring(0, 12) + "..";
    }
}
