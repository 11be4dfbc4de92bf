package io.jcompose.cli.compose.logs;

/** Docker compose v2's rainbow of prefix colours (cyan, yellow, green, magenta, blue, then their bright forms). */
final class Colours {

    private static final String[] RAINBOW = {"36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1"};

    private Colours() {
    }

    /** The {@code index}th colour, round the rainbow. */
    static String code(int index) {
        return RAINBOW[Math.floorMod(index, RAINBOW.length)];
    }

    static String paint(String code, String text) {
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }
}
