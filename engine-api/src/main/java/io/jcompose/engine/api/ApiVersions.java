package io.jcompose.engine.api;

/** The Docker Engine API versions jcompose speaks; clients negotiate down to theirs via {@code /_ping}. */
public final class ApiVersions {

    /** The newest API version the engine implements. */
    public static final String CURRENT = "1.47";
    /** The oldest version an older client may ask for. */
    public static final String MINIMUM = "1.24";

    private static volatile String requests = CURRENT;

    private ApiVersions() {
    }

    /** The version this process's requests name: {@link #CURRENT}, or lower after {@link #negotiate}. */
    public static String forRequests() {
        return requests;
    }

    /**
     * Lowers the version requests name to the server's ({@code API-Version} of {@code /_ping}) when that is older,
     * as docker's clients do, so a real dockerd with an older API still answers. Unparseable or too old: unchanged.
     */
    public static void negotiate(String serverVersion) {
        if (serverVersion == null || !serverVersion.matches("\\d+\\.\\d+")) {
            return;
        }
        if (compare(serverVersion, CURRENT) < 0 && compare(serverVersion, MINIMUM) >= 0) {
            requests = serverVersion;
        }
    }

    /** Back to {@link #CURRENT} (tests). */
    static void reset() {
        requests = CURRENT;
    }

    /** Compares two {@code MAJOR.MINOR} versions numerically. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
