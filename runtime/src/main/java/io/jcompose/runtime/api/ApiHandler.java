package io.jcompose.runtime.api;

import io.jcompose.engine.api.ApiVersions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adapts Jetty's request to our route table, and every outcome to Docker's response conventions. */
final class ApiHandler extends Handler.Abstract {

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final Router router;

    ApiHandler(Router router) {
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ApiResponse answer = answer(request);
        if (answer.status() >= 400 && !answer.isStream() && !answer.isUpgrade()) {
            drain(request);
        }
        if (answer.isUpgrade() && !Hijack.requested(request)) {
            answer = Hijack.asStream(answer, request);
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put("Api-Version", ApiVersions.CURRENT);
        response.getHeaders().put("Docker-Experimental", "false");
        response.getHeaders().put("Ostype", "linux");
        response.getHeaders().put(HttpHeader.SERVER, "jcompose-engine");
        answer.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (answer.isUpgrade()) {
            Hijack.upgrade(request, response, callback, answer);
            return true;
        }
        boolean head = request.getMethod().equals("HEAD");
        if (answer.isStream() && !head) {
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                answer.streamer().write(out);
                callback.succeeded();
            } catch (org.eclipse.jetty.io.EofException e) {
                // the client went away (docker run -d leaves a wait behind, Ctrl-C on logs -f): nothing to report
                LOG.debug("{} {}: client gone", request.getMethod(), Request.getPathInContext(request));
                callback.failed(e);
            } catch (Throwable e) {
                LOG.warn("{} {}: stream failed", request.getMethod(), Request.getPathInContext(request), e);
                callback.failed(e);
            }
            return true;
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    /**
     * Reads what is left of a refused request's body (up to {@link #DRAIN_LIMIT}): a client still sending it (a
     * {@code docker cp} tar to a missing path) would otherwise meet a closed connection and report a broken pipe
     * instead of the engine's answer.
     */
    private static void drain(Request request) {
        if (request.getLength() == 0) {
            return;
        }
        try {
            InputStream in = Content.Source.asInputStream(request);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < DRAIN_LIMIT && (n = in.read(buffer)) >= 0) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client stopped sending: the answer goes out as it can
        }
    }

    private ApiResponse answer(Request request) {
        Router.Target target = Router.target(Request.getPathInContext(request));
        Optional<String> versionProblem = Router.versionProblem(target.version());
        if (versionProblem.isPresent()) {
            return ApiResponse.error(400, versionProblem.get());
        }
        var found = router.find(request.getMethod(), target.path());
        if (found.isEmpty()) {
            return ApiResponse.error(404, "page not found");
        }
        try {
            Fields fields = Request.extractQueryParameters(request);
            Map<String, List<String>> query = new java.util.LinkedHashMap<>();
            fields.forEach(f -> query.put(f.getName(), f.getValues()));
            Map<String, String> headers = new java.util.HashMap<>();
            request.getHeaders().forEach(h -> headers.put(h.getLowerCaseName(), h.getValue()));
            ApiRequest apiRequest = new ApiRequest(request.getMethod(), target.path(), found.get().getValue(),
                    query, headers, target.version(), Content.Source.asInputStream(request));
            return found.get().getKey().handler().handle(apiRequest);
        } catch (ApiException e) {
            return ApiResponse.error(e.status(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("{} {} failed", request.getMethod(), target.path(), e);
            return ApiResponse.error(500, String.valueOf(e.getMessage()));
        }
    }
}
