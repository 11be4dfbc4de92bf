package io.jcompose.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jcompose version}, like {@code docker compose version}. */
@Command(name = "version", description = "Show the jcompose version information.")
public final class VersionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--short", description = "Show only the version number.")
    boolean shortForm;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Format the output: pretty, json.")
    String format = "pretty";

    @Override
    public void run() {
        String v = version();
        var out = spec.commandLine().getOut();
        if (shortForm) {
            out.println(v);
        } else if (format.equals("json")) {
            out.println("{\"version\":\"" + v + "\"}");
        } else {
            out.println("jcompose version " + v);
        }
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("/io/jcompose/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /** Feeds {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jcompose version " + version()};
        }
    }
}
