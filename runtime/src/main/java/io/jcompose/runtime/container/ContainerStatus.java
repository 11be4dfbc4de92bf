package io.jcompose.runtime.container;

import java.util.Locale;

/** Docker's container states, spelt as its API spells them. */
public enum ContainerStatus {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD;

    /** The API's lowercase name. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a process of the container exists (running or paused). */
    public boolean isAlive() {
        return this == RUNNING || this == PAUSED;
    }
}
