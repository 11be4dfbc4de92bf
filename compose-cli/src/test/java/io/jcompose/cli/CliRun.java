package io.jcompose.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the CLI: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Invocation(env, cwd));
        return new CliRun(code, out.toString(), err.toString());
    }
}
