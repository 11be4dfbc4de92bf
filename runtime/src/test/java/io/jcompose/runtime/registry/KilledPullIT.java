package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.store.FileBlobStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull killed with SIGKILL half-way through a layer leaves no blob that looks complete; reopening the store
 * removes the partial download, and the next pull completes with every digest right.
 */
class KilledPullIT {

    @TempDir
    Path dir;

    @Test
    void aKilledPullLeavesNoPartialBlobAndTheNextPullCompletes() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 77, 2, Clients.AMD64);
        Digest stalled = image.manifest().layers().getLast().digestValue();
        CountDownLatch release = new CountDownLatch(1);
        Path store = dir.resolve("store");
        try (FakeRegistry registry = new FakeRegistry()) {
            registry.publish("team/app", "1", image);
            FakeRegistry.Interceptor halfThenHang = ex -> {
                if (!ex.getRequestMethod().equals("GET") || !ex.getRequestURI().getPath().endsWith(stalled.toString())) {
                    return false;
                }
                byte[] blob = registry.blobs.get(stalled);
                ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
                ex.sendResponseHeaders(200, blob.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(blob, 0, blob.length / 2);
                    out.flush();
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.io.IOException e) {
                    // the killed client closed the connection
                }
                return true;
            };
            registry.interceptors.add(halfThenHang);

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PullChild.class.getName(),
                    registry.host(), "team/app", "1", store.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                waitForPartialDownload(store.resolve("ingest"));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                release.countDown();
            }

            assertThat(store.resolve("blobs/sha256/" + stalled.hex())).doesNotExist();
            assertThat(filesIn(store.resolve("ingest"))).as("the partial download").isNotEmpty();

            FileBlobStore reopened = FileBlobStore.open(store);
            assertThat(filesIn(store.resolve("ingest"))).isEmpty();
            registry.interceptors.remove(halfThenHang);
            try (RegistryClient client = new Clients().client()) {
                PullResult result = client.pull(registry.host(), "team/app", "1", reopened, ProgressListener.NONE);
                assertThat(result.manifestDigest()).isEqualTo(image.manifestDigest());
            }
            for (Digest d : reopened.list()) {
                assertThat(Digest.sha256(reopened.read(d))).isEqualTo(d);
            }
            assertThat(reopened.list()).containsAll(source.list());
        }
    }

    private static void waitForPartialDownload(Path ingest) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!filesIn(ingest).isEmpty()) {
                Thread.sleep(500); // the other blobs finish; the stalled one stays in ingest/
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child never started writing the stalled layer");
    }

    private static List<Path> filesIn(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
