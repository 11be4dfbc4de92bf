package io.jcompose.network.link;

import java.io.IOException;
import java.util.List;

/** Runs the {@code ip} tool (iproute2), so that {@link IpLinks}' commands can be checked without root. */
public interface IpRunner {

    /** Runs {@code ip ARGS} with the given standard input (empty for none) and returns what it said. */
    Result run(List<String> args, String stdin) throws IOException;

    /** Exit code and output of one run. */
    record Result(int exitCode, String stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }
    }
}
