package io.jcompose.runtime.container.archive;

/**
 * Go's {@code os.FileMode} bits, which docker's path stat carries: the type in high bits (a directory is
 * {@code 1<<31}, a symlink {@code 1<<27}), setuid, setgid and sticky in their own bits, then the permissions.
 */
public final class GoFileMode {

    public static final long DIR = 1L << 31;
    public static final long SYMLINK = 1L << 27;
    public static final long DEVICE = 1L << 26;
    public static final long NAMED_PIPE = 1L << 25;
    public static final long SOCKET = 1L << 24;
    public static final long SETUID = 1L << 23;
    public static final long SETGID = 1L << 22;
    public static final long CHAR_DEVICE = 1L << 21;
    public static final long STICKY = 1L << 20;

    private static final int S_IFMT = 0170000;

    private GoFileMode() {
    }

    /** The Go mode of a Unix {@code st_mode}. */
    public static long of(int unixMode) {
        long mode = unixMode & 0777;
        mode |= switch (unixMode & S_IFMT) {
            case 0040000 -> DIR;
            case 0120000 -> SYMLINK;
            case 0060000 -> DEVICE;
            case 0020000 -> DEVICE | CHAR_DEVICE;
            case 0010000 -> NAMED_PIPE;
            case 0140000 -> SOCKET;
            default -> 0L;
        };
        if ((unixMode & 04000) != 0) {
            mode |= SETUID;
        }
        if ((unixMode & 02000) != 0) {
            mode |= SETGID;
        }
        if ((unixMode & 01000) != 0) {
            mode |= STICKY;
        }
        return mode;
    }
}
