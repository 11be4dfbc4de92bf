package io.jcompose.cli.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image save [-o FILE] IMAGE...}: one docker archive to a file or to a stdout that is not a tty. */
@Command(name = "save", description = "Save one or more images to a tar archive (streamed to STDOUT by default).")
public final class ImageSaveCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "IMAGE")
    List<String> names;

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            if (Terminal.attached()) {
                throw new ParameterException(spec.commandLine(),
                        "cowardly refusing to save to a terminal. Use the -o flag or redirect");
            }
            spec.commandLine().getOut().flush();
            parent.api().saveImages(names, System.out);
            return 0;
        }
        Path file = Paths.resolve(spec, output);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            parent.api().saveImages(names, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return 0;
    }
}
