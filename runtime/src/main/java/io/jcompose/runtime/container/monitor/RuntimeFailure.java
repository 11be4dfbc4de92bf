package io.jcompose.runtime.container.monitor;

import java.io.IOException;

/** The OCI runtime or its monitor refused an operation; the message is the runtime's own, cleaned of log noise. */
public final class RuntimeFailure extends IOException {

    public RuntimeFailure(String message) {
        super(message);
    }

    /**
     * runc logs errors as {@code time="..." level=error msg="..."}; the {@code msg} part is what a user needs.
     * Several lines keep the last message, which is runc's summary.
     */
    static String cleaned(String stderr) {
        String result = stderr.strip();
        for (String line : stderr.strip().split("\n")) {
            int msg = line.indexOf("msg=\"");
            if (msg >= 0) {
                String text = line.substring(msg + 5);
                int end = text.lastIndexOf('"');
                result = (end >= 0 ? text.substring(0, end) : text).replace("\\\"", "\"").replace("\\n", " ");
            }
        }
        return result;
    }
}
