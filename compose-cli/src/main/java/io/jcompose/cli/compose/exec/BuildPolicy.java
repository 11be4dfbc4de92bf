package io.jcompose.cli.compose.exec;

/** When {@code up} builds a service's image: {@code --build}, by default only when missing, {@code --no-build}. */
public enum BuildPolicy {
    ALWAYS, MISSING, NEVER
}
