package io.jcompose.engine.api;

/** The Docker Engine API versions jcompose speaks; clients negotiate down to theirs via {@code /_ping}. */
public final class ApiVersions {

    /** The newest API version the engine implements. */
    public static final String CURRENT = "1.47";
    /** The oldest version an older client may ask for. */
    public static final String MINIMUM = "1.24";

    private ApiVersions() {
    }
}
