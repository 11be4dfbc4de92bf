package io.jcompose.network.link;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An {@code ip} command that failed, its message quoting the command (or the batch line) and ip's own words. */
public final class LinkException extends IOException {

    private static final Pattern FAILED_LINE = Pattern.compile("Command failed -:(\\d+)");

    public LinkException(String message) {
        super(message);
    }

    /** Describes a failed run: for a batch, the line ip stopped at. */
    static LinkException of(List<String> args, List<String> batch, IpRunner.Result result) {
        String stderr = result.stderr().strip();
        String where = "";
        Matcher m = FAILED_LINE.matcher(stderr);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (line >= 1 && line <= batch.size()) {
                where = " at line " + line + " \"" + batch.get(line - 1) + "\"";
            }
            stderr = FAILED_LINE.matcher(stderr).replaceAll("").strip();
        } else if (!batch.isEmpty()) {
            where = " in batch \"" + String.join("; ", batch) + "\"";
        }
        String said = stderr.isEmpty() ? "no error output" : stderr.replaceAll("\\s*\\n\\s*", "; ");
        return new LinkException("\"ip " + String.join(" ", args) + "\" failed" + where + " (exit "
                + result.exitCode() + "): " + said);
    }
}
