package io.jcompose.cli.image;

/** Whether the process talks to a person: progress is drawn in place and archives are never written to a tty. */
final class Terminal {

    private Terminal() {
    }

    static boolean attached() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
