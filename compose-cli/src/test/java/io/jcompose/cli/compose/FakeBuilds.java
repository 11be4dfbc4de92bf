package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.BuildApi;
import io.jcompose.engine.api.client.BuildOutput;
import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.transport.BodyWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A build API that records requests and context sizes, prints two lines per build, and fails images it is told to. */
final class FakeBuilds implements BuildApi {

    /** What a build does first; tests use it to prove builds overlap. */
    interface Hook {
        void before(BuildRequest request) throws IOException;
    }

    final List<BuildRequest> requests = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> contexts = new ConcurrentHashMap<>();
    final Map<String, String> failures = new ConcurrentHashMap<>();
    volatile Hook hook = r -> { };

    @Override
    public String build(BuildRequest request, BodyWriter context, BuildOutput output) throws IOException {
        requests.add(request);
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        context.writeTo(tar);
        contexts.put(request.tags().getFirst(), tar.toByteArray());
        hook.before(request);
        output.text("Step 1/2 : FROM bb\n ---> 0a");
        output.text("1b\n");
        String failure = failures.get(request.tags().getFirst());
        if (failure != null) {
            throw EngineApiException.stream(failure);
        }
        output.text("Successfully built 0a1b\n");
        output.imageId("sha256:0a1b");
        return "sha256:0a1b";
    }
}
