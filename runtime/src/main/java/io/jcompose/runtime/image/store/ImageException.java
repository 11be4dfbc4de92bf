package io.jcompose.runtime.image.store;

/** A user-facing image error (no such image, a conflict); the message is shown to the user as it is. */
public class ImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImageException(String message) {
        super(message);
    }

    /** No image matches what the user named. */
    public static final class NotFound extends ImageException {
        private static final long serialVersionUID = 1L;

        public NotFound(String what) {
            super("No such image: " + what);
        }
    }

    /** The operation would break something (an image in use, a shared reference) unless forced. */
    public static final class Conflict extends ImageException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message);
        }
    }
}
