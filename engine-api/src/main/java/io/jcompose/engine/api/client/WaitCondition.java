package io.jcompose.engine.api.client;

/** What {@code POST /containers/{id}/wait} waits for; a run waits for the next exit, {@code docker wait} for any. */
public enum WaitCondition {
    NOT_RUNNING("not-running"),
    NEXT_EXIT("next-exit"),
    REMOVED("removed");

    private final String wire;

    WaitCondition(String wire) {
        this.wire = wire;
    }

    /** The {@code condition} query value. */
    public String wire() {
        return wire;
    }
}
