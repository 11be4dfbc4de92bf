package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * What {@code POST /containers/{id}/attach} asks for, from docker's query: the log so far ({@code logs}), live output
 * ({@code stream}), which streams, whether the client sends stdin, and its detach key sequence.
 *
 * @param detachKeys the bytes of {@code detachKeys} ({@code ctrl-p,ctrl-q} style), empty when none was given
 */
public record AttachOptions(boolean logs, boolean stream, boolean stdout, boolean stderr, boolean stdin,
        byte[] detachKeys) {

    public AttachOptions {
        detachKeys = detachKeys.clone();
    }

    @Override
    public byte[] detachKeys() {
        return detachKeys.clone();
    }

    /** Parses the request's query; a bad {@code detachKeys} is an IllegalArgumentException with docker's message. */
    public static AttachOptions fromApi(ApiRequest request) {
        return new AttachOptions(request.flag("logs"), request.flag("stream"), request.flag("stdout"),
                request.flag("stderr"), request.flag("stdin"), detachKeys(request.queryParam("detachKeys").orElse("")));
    }

    /**
     * Docker's key sequence syntax: comma-separated keys, each one character or {@code ctrl-X} with X one of
     * {@code a-z @ [ \ ] ^ _}; {@code ctrl-p,ctrl-q} is {@code 0x10 0x11}.
     */
    public static byte[] detachKeys(String value) {
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        if (value.isEmpty()) {
            return keys.toByteArray();
        }
        for (String key : value.split(",", -1)) {
            String k = key.toLowerCase(Locale.ROOT);
            if (key.length() == 1) {
                keys.write(key.charAt(0));
            } else if (k.length() == 6 && k.startsWith("ctrl-") && ctrl(k.charAt(5)) >= 0) {
                keys.write(ctrl(k.charAt(5)));
            } else {
                throw new IllegalArgumentException("Invalid detach keys (" + value + ") provided");
            }
        }
        return keys.toByteArray();
    }

    private static int ctrl(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        return switch (c) {
            case '@' -> 0;
            case '[' -> 27;
            case '\\' -> 28;
            case ']' -> 29;
            case '^' -> 30;
            case '_' -> 31;
            default -> -1;
        };
    }
}
