package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import java.util.regex.Pattern;

/** A named volume a service mounts must be declared under the top-level {@code volumes}. */
final class VolumeRule implements ServiceRule {

    /** A short-syntax source that names a volume rather than a host path. */
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    @Override
    public void check(ServiceView service, ProjectView project) {
        for (Node item : service.items("volumes")) {
            if (item instanceof MapNode mount) {
                checkLong(service, project, mount);
            } else if (item instanceof ScalarNode s && s.isString()) {
                checkShort(service, project, s);
            }
        }
    }

    private static void checkLong(ServiceView service, ProjectView project, MapNode mount) {
        String type = mount.getOrNull("type") instanceof ScalarNode t ? t.asText() : "";
        if (!type.equals("volume") || !(mount.getOrNull("source") instanceof ScalarNode source)) {
            return;
        }
        String name = source.asText();
        if (!name.isEmpty() && !project.volumes().contains(name)) {
            throw undefined(service, name, source.position());
        }
    }

    private static void checkShort(ServiceView service, ProjectView project, ScalarNode spec) {
        String text = spec.asText();
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String source = text.substring(0, colon);
        if (VOLUME_NAME.matcher(source).matches() && !project.volumes().contains(source)) {
            throw undefined(service, source, spec.position());
        }
    }

    private static RuntimeException undefined(ServiceView service, String volume, Position at) {
        return ServiceRule.invalid(at, "service \"" + service.name() + "\" refers to undefined volume \""
                + volume + "\"");
    }
}
