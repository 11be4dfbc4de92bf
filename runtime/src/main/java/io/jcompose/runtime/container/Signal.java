package io.jcompose.runtime.container;

import java.util.List;
import java.util.Locale;

/** A Linux signal named as docker accepts it ({@code SIGTERM}, {@code TERM}, {@code 15}), held as its number. */
public record Signal(int number) {

    public static final Signal SIGKILL = new Signal(9);
    public static final Signal SIGTERM = new Signal(15);

    private static final List<String> NAMES = List.of("", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
            "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
            "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");

    public Signal {
        if (number < 1 || number > 64) {
            throw new IllegalArgumentException("Invalid signal: " + number);
        }
    }

    /** Parses a name or number; docker's message for anything else. */
    public static Signal of(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            try {
                return new Signal(Integer.parseInt(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid signal: " + text);
            }
        }
        String name = s.startsWith("SIG") ? s.substring(3) : s;
        if (name.equals("IOT")) {
            name = "ABRT";
        } else if (name.equals("POLL")) {
            name = "IO";
        }
        int index = NAMES.indexOf(name);
        if (index <= 0) {
            if (name.startsWith("RTMIN") || name.startsWith("RTMAX")) {
                return realtime(name, text);
            }
            throw new IllegalArgumentException("Invalid signal: " + text);
        }
        return new Signal(index);
    }

    private static Signal realtime(String name, String text) {
        int base = name.startsWith("RTMIN") ? 34 : 64;
        String rest = name.substring(5);
        try {
            int offset = rest.isEmpty() ? 0 : Integer.parseInt(rest);
            return new Signal(base + offset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid signal: " + text);
        }
    }

    @Override
    public String toString() {
        return number < NAMES.size() ? "SIG" + NAMES.get(number) : Integer.toString(number);
    }
}
