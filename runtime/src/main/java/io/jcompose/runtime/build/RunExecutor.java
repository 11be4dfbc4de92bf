package io.jcompose.runtime.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one RUN step's command on the image built so far, so that what it changes lands in {@code upper}; behind
 * an interface so that the builder's logic is tested without root against a fake.
 */
public interface RunExecutor {

    /**
     * One command to run.
     *
     * @param id      a fresh hex ID, shown as {@code Running in <id[:12]>}
     * @param lowers  the unpacked layers of the image so far, top first
     * @param upper   an empty directory that receives the changes, in overlayfs form (whiteouts are 0:0 devices)
     * @param env     the full environment ({@code KEY=VALUE})
     * @param user    the image's USER, empty for root
     * @param workdir absolute
     */
    record Request(String id, List<Path> lowers, Path upper, List<String> argv, List<String> env, String user,
            String workdir) {

        public Request {
            lowers = List.copyOf(lowers);
            argv = List.copyOf(argv);
            env = List.copyOf(env);
        }
    }

    /** Runs the command to its end, passing each output line (stdout and stderr) on; returns its exit code. */
    int run(Request request, Consumer<String> output) throws IOException, InterruptedException;
}
