package io.jcompose.engine.api.stream;

/**
 * The stream a frame of Docker's multiplexed attach/logs body belongs to; the number is the first header byte,
 * so a client can tell stdout from stderr on one connection.
 */
public enum StreamType {
    STDIN(0),
    STDOUT(1),
    STDERR(2),
    /** Docker sends an exec/attach failure as a frame of this type (its payload is the error text). */
    SYSTEMERR(3);

    private final int code;

    StreamType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type named by a header's first byte; IllegalArgumentException for any other byte. */
    public static StreamType ofCode(int code) {
        for (StreamType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown stream type " + code + " in frame header");
    }
}
