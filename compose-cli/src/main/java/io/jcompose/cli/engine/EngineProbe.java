package io.jcompose.cli.engine;

/** What answers on an engine socket: an engine, nothing, or a socket this user may not open. */
public enum EngineProbe {
    ANSWERS,
    ABSENT,
    DENIED
}
