package io.jcompose.runtime.container.health;

/** Docker's three health states, with the words inspect and {@code docker ps} print for them. */
public enum HealthStatus {
    STARTING("starting"),
    HEALTHY("healthy"),
    UNHEALTHY("unhealthy");

    private final String wire;

    HealthStatus(String wire) {
        this.wire = wire;
    }

    /** The API's word: {@code starting}, {@code healthy}, {@code unhealthy} (also in {@code health_status: X}). */
    public String wire() {
        return wire;
    }

    /** What {@code docker ps} puts in brackets after {@code Up 5 seconds}: {@code health: starting}, {@code healthy}. */
    public String describe() {
        return this == STARTING ? "health: starting" : wire;
    }

    /** The status named by the API's word; unknown words are unhealthy, as docker reads an unset status. */
    public static HealthStatus of(String wire) {
        for (HealthStatus s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        return UNHEALTHY;
    }
}
