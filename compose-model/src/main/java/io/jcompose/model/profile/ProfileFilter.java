package io.jcompose.model.profile;

import io.jcompose.model.tree.Node;
import java.util.List;
import java.util.Set;

/** PLACEHOLDER (owned by the profiles work): keeps the services whose profiles are active. */
public final class ProfileFilter {

    private ProfileFilter() {
    }

    /**
     * The model with inactive services removed. A service is active when it has no profiles, when one of its
     * profiles is in {@code activeProfiles} ({@code *} activates all), or when it is named in
     * {@code requestedServices}.
     */
    public static Node apply(Node model, Set<String> activeProfiles, List<String> requestedServices) {
        return model;
    }
}
