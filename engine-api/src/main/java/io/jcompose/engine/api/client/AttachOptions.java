package io.jcompose.engine.api.client;

/**
 * The query of {@code POST /containers/{id}/attach}: which streams to connect, whether to replay the log so far
 * ({@code logs}) and to stream from now on ({@code stream}); {@code detachKeys} empty for the engine's default.
 */
public record AttachOptions(boolean stream, boolean logs, boolean stdin, boolean stdout, boolean stderr,
        String detachKeys) {

    public AttachOptions {
        detachKeys = detachKeys == null ? "" : detachKeys;
    }

    /** What {@code docker run} and {@code docker attach} ask for: live output, and stdin when it is forwarded. */
    public static AttachOptions live(boolean stdin) {
        return new AttachOptions(true, false, stdin, true, true, "");
    }

    public AttachOptions withDetachKeys(String keys) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, keys);
    }

    ApiTarget query(ApiTarget target) {
        return target.flag("stream", stream).flag("logs", logs).flag("stdin", stdin).flag("stdout", stdout)
                .flag("stderr", stderr).param("detachKeys", detachKeys);
    }
}
