package io.jcompose.cli.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose engine logs [-f]}: the engine's log file, optionally followed as it grows. */
@Command(name = "logs", description = "Print the engine's log.")
public final class EngineLogsCommand implements Callable<Integer> {

    @ParentCommand
    EngineCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineLocationOptions location;

    @Option(names = {"-f", "--follow"}, description = "Keep printing what the engine writes (until Ctrl-C).")
    boolean follow;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path log = location.layout(parent.root()).log();
        if (!Files.exists(log)) {
            throw new EngineException("no engine log at " + log + " (has the engine been started?)");
        }
        PrintWriter out = spec.commandLine().getOut();
        long offset = 0;
        do {
            offset = printFrom(log, offset, out);
            if (follow) {
                Thread.sleep(200);
            }
        } while (follow);
        return 0;
    }

    /** Prints what the log holds after {@code offset}; a log that shrank (rotated) is printed from its start. */
    private static long printFrom(Path log, long offset, PrintWriter out) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = file.length() < offset ? 0 : offset;
            file.seek(from);
            try (InputStream in = java.nio.channels.Channels.newInputStream(file.getChannel())) {
                byte[] bytes = in.readAllBytes();
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
                return from + bytes.length;
            }
        }
    }
}
