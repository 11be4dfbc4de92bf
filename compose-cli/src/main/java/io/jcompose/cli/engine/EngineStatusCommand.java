package io.jcompose.cli.engine;

import io.jcompose.engine.api.transport.HttpResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code jcompose engine status}: running or stopped, with pid, socket and version; exit 3 when stopped. */
@Command(name = "status", description = "Show whether the engine is running (exit code 3 when it is not).")
public final class EngineStatusCommand implements Callable<Integer> {

    /** Exit code when the engine is not running, as init scripts' {@code status} use. */
    public static final int NOT_RUNNING = 3;

    @ParentCommand
    EngineCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineLocationOptions location;

    @Override
    public Integer call() throws IOException {
        EngineConnection connection = location.connection(parent.root());
        EngineLayout layout = connection.layout();
        PrintWriter out = spec.commandLine().getOut();
        EngineProbe probe = connection.probe();
        if (probe == EngineProbe.DENIED) {
            throw EngineStarter.needsRoot("permission denied on " + layout.socket());
        }
        if (probe == EngineProbe.ABSENT) {
            out.println("status:  stopped");
            out.println("socket:  " + layout.socket());
            out.flush();
            return NOT_RUNNING;
        }
        String pid = EnginePidFile.running(layout).map(p -> Long.toString(p.pid())).orElse("unknown");
        out.println("status:  running");
        out.println("pid:     " + pid);
        out.println("socket:  " + layout.socket());
        out.println("version: " + version(connection));
        out.println("state:   " + layout.state());
        out.println("log:     " + layout.log());
        out.flush();
        return 0;
    }

    private static String version(EngineConnection connection) throws IOException {
        HttpResponse r = connection.http().send("GET", "/version", Map.of(), null);
        if (!r.isSuccess()) {
            return "unknown (/version answered " + r.status() + ")";
        }
        JsonNode v = JsonMapper.builder().build().readTree(r.body());
        return v.path("Version").asString("unknown") + " (API " + v.path("ApiVersion").asString("?") + ")";
    }
}
