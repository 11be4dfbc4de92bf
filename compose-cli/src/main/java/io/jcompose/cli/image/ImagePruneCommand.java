package io.jcompose.cli.image;

import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImagePruneJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image prune [-a] [-f]}: asks first unless forced, then lists what went and the space freed. */
@Command(name = "prune", description = "Remove unused images.")
public final class ImagePruneCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Remove all unused images, not just dangling ones.")
    boolean all;

    @Option(names = {"-f", "--force"}, description = "Do not prompt for confirmation.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!force && !confirmed(out)) {
            return 0;
        }
        out.print(report(parent.api().pruneImages(all)));
        out.flush();
        return 0;
    }

    private boolean confirmed(PrintWriter out) throws IOException {
        out.print("WARNING! This will remove all " + (all
                ? "images without at least one container associated to them." : "dangling images.") + "\n"
                + "Are you sure you want to continue? [y/N] ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }

    /** Docker's report: the removed names and contents, then the total. */
    static String report(ImagePruneJson prune) {
        StringBuilder text = new StringBuilder();
        if (!prune.imagesDeleted().isEmpty()) {
            text.append("Deleted Images:\n");
            for (ImageDeleteJson d : prune.imagesDeleted()) {
                text.append(d.untagged() != null ? "untagged: " + d.untagged() : "deleted: " + d.deleted())
                        .append('\n');
            }
            text.append('\n');
        }
        return text.append("Total reclaimed space: ").append(HumanUnits.size(prune.spaceReclaimed())).append('\n')
                .toString();
    }
}
