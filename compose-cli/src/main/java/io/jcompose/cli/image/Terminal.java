package io.jcompose.cli.image;

/** Whether the process talks to a person: progress is drawn in place and archives are never written to a tty. */
public final class Terminal {

    private Terminal() {
    }

    public static boolean attached() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
