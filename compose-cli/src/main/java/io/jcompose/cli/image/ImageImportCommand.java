package io.jcompose.cli.image;

import io.jcompose.engine.api.client.ImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image import FILE|- [REPOSITORY[:TAG]]}: a root filesystem tarball becomes an image; prints its ID. */
@Command(name = "import", description = "Import the contents from a tarball to create a filesystem image.")
public final class ImageImportCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--change"}, paramLabel = "CHANGE", description = "Apply a Dockerfile instruction "
            + "(CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR) to the image.")
    List<String> changes = new ArrayList<>();

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Set commit message for imported image.")
    String message;

    @Parameters(index = "0", paramLabel = "FILE|-")
    String source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "REPOSITORY[:TAG]")
    String name;

    @Override
    public Integer call() throws IOException {
        if (source.contains("://")) {
            throw new ParameterException(spec.commandLine(), "importing from a URL (\"" + source
                    + "\") is not supported: download it and import the file");
        }
        String repo = "";
        String tag = "";
        if (name != null) {
            ImageName n = ImageName.parse(name);
            repo = n.repository();
            tag = n.tag();
        }
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream in = source.equals("-") ? System.in
                : Files.newInputStream(Paths.resolve(spec, Path.of(source)))) {
            parent.api().importImage(in, new ImportRequest(repo, tag, changes, message),
                    new ProgressPrinter(out, false));
        }
        out.flush();
        return 0;
    }
}
