package io.jcompose.network.link;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Checks and makes Linux interface and namespace names, which the kernel caps at 15 bytes. */
public final class LinkNames {

    /** The longest interface name the kernel takes (IFNAMSIZ minus the NUL). */
    public static final int MAX_LENGTH = 15;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.@-]+");

    private LinkNames() {
    }

    /** Returns the name if it is a valid interface name, else says why not. */
    public static String interfaceName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH || !SAFE.matcher(name).matches()
                || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("invalid interface name \"" + name + "\": expected 1 to "
                    + MAX_LENGTH + " characters of letters, digits, '_', '.', '@' or '-'");
        }
        return name;
    }

    /** Returns the name if it can name a network namespace under /run/netns. */
    public static String namespaceName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || !SAFE.matcher(name).matches()
                || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("invalid network namespace name \"" + name
                    + "\": expected letters, digits, '_', '.', '@' or '-'");
        }
        return name;
    }

    /** A host-side veth name like Docker's: {@code veth} and 7 random hex digits. */
    public static String randomVeth(RandomGenerator random) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return "veth" + HexFormat.of().formatHex(bytes).substring(0, 7);
    }

    /** The container-side name of the n-th network of a container: eth0, eth1, ... */
    public static String containerInterface(int index) {
        return "eth" + index;
    }
}
