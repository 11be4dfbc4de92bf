package io.jcompose.cli;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.error.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The jcompose entry point: runs the command tree and maps every failure to one message and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs jcompose with the given streams and returns the exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new Invocation(System.getenv(), java.nio.file.Path.of("").toAbsolutePath()));
    }

    /** Runs jcompose as if started in {@code invocation}'s directory with its environment. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation) {
        JcomposeCommand root = new JcomposeCommand(invocation);
        CommandLine cli = new CommandLine(root);
        Subcommands.register(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, root, err));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionStrategy(parsed -> {
            root.applyGlobals(parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "");
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    private static int handle(Exception e, JcomposeCommand root, PrintWriter err) {
        if (root.debug()) {
            e.printStackTrace(err);
        }
        if (e instanceof ComposeException ce) {
            err.println(ce.getMessage());
            err.flush();
            return ce.exitCode();
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (!root.debug()) {
            err.println("internal error: " + e + " (run with --debug for details)");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
