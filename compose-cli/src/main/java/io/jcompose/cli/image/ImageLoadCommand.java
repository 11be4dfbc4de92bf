package io.jcompose.cli.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image load [-i FILE]}: a docker or OCI archive from a file or stdin; prints what it loaded. */
@Command(name = "load", description = "Load images from a tar archive or STDIN.")
public final class ImageLoadCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Read from tar archive file, instead of STDIN.")
    Path input;

    @Option(names = {"-q", "--quiet"}, description = "Suppress the load output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (input == null && Terminal.attached()) {
            throw new ParameterException(spec.commandLine(), "requested load from stdin, but stdin is empty");
        }
        PrintWriter out = spec.commandLine().getOut();
        ProgressPrinter printer = new ProgressPrinter(out, false);
        try (InputStream in = input == null ? System.in : Files.newInputStream(Paths.resolve(spec, input))) {
            parent.api().loadImages(in, quiet, printer);
        }
        out.flush();
        return 0;
    }
}
