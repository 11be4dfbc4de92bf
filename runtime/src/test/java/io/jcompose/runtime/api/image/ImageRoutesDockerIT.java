package io.jcompose.runtime.api.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.api.SystemRoutes;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.archive.ImportOptions;
import io.jcompose.runtime.image.archive.RootfsImporter;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.ImageUsers;
import io.jcompose.runtime.registry.LocalRegistry;
import io.jcompose.runtime.registry.ProgressListener;
import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.registry.auth.CredentialSource;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user sees: the real docker CLI against our engine API on a temp socket, with a temp image store and
 * Debian's docker-registry on 127.0.0.1 (pull, images, inspect, tag, rmi, save/load, import, push, prune).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageRoutesDockerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RegistryOptions OPTIONS = RegistryOptions.defaults().withCredentials(CredentialSource.NONE);

    private LocalRegistry registry;
    @TempDir
    Path dir;
    private ImageStore store;
    private EngineServer server;
    private DockerCli docker;
    private final List<ImageUsers.ContainerUse> containers = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startRegistry() throws Exception {
        assumeTrue(Files.isExecutable(LocalRegistry.BINARY),
                "docker-registry is not installed (Debian package docker-registry)");
        registry = LocalRegistry.start(null, null);
    }

    @AfterAll
    void stopRegistry() throws Exception {
        if (registry != null) {
            registry.close();
        }
    }

    @BeforeEach
    void startEngine() throws Exception {
        store = ImageStore.open(dir.resolve("images"));
        List<Route> routes = new ArrayList<>(new SystemRoutes("0.1.0-test").routes());
        routes.addAll(new ImageRoutes(store, RegistryClients.of(OPTIONS), id -> List.copyOf(containers)).routes());
        server = EngineServer.start(dir.resolve("engine.sock"), routes);
        docker = new DockerCli(server.socket(), Files.createDirectories(dir.resolve("docker-config")));
    }

    @AfterEach
    void stopEngine() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Imports a rootfs into {@code into} under {@code name}; returns the image ID. */
    private static Digest importImage(ImageStore into, String name, String content, List<String> changes)
            throws Exception {
        return new RootfsImporter(into, Clock.systemUTC()).importRootfs(new ByteArrayInputStream(Rootfs.tar(content)),
                ImportOptions.of(name == null ? null : ImageReference.parse(name), changes));
    }

    /** Puts an image into the registry with our registry client, from a separate store. */
    private Digest seedRegistry(String repository, String tag, String content) throws Exception {
        ImageStore source = ImageStore.open(dir.resolve("source"));
        importImage(source, "seed/app:" + tag, content, List.of("CMD [\"sh\"]", "ENV A=1"));
        var image = source.resolve("seed/app:" + tag);
        try (RegistryClient client = RegistryClient.create(OPTIONS)) {
            client.push(registry.host(), repository, tag, image.target().digestValue(), source.blobs(), null,
                    ProgressListener.NONE);
        }
        return image.id();
    }

    @Test
    void pullListInspectTagAndRemove() throws Exception {
        Digest id = seedRegistry("team/app", "1", "pulled");
        String ref = registry.host() + "/team/app:1";

        List<String> pull = docker.ok("pull", ref).lines().toList();
        String layer = store.content().image(store.resolve(ref).target()).manifest().layers().getFirst()
                .digestValue().shortHex();
        assertThat(pull).containsSubsequence("1: Pulling from team/app", layer + ": Pulling fs layer",
                layer + ": Verifying Checksum", layer + ": Download complete", layer + ": Pull complete");
        String manifestDigest = store.resolve(ref).target().digest();
        assertThat(pull).endsWith("Digest: " + manifestDigest, "Status: Downloaded newer image for " + ref, ref);
        assertThat(docker.ok("pull", ref).lines()).contains("Status: Image is up to date for " + ref);

        JsonNode row = JSON.readTree(docker.ok("images", "--format", "json").strip());
        assertThat(row.get("Repository").asString()).isEqualTo(registry.host() + "/team/app");
        assertThat(row.get("Tag").asString()).isEqualTo("1");
        assertThat(row.get("ID").asString()).isEqualTo(id.shortHex());

        assertThat(docker.ok("image", "inspect", "--format",
                "{{.Id}} {{json .Config.Cmd}} {{json .Config.Env}} {{json .RepoTags}} {{.Os}}", ref).strip())
                .isEqualTo(id + " [\"sh\"] [\"A=1\"] [\"" + ref + "\"] linux");
        assertThat(docker.ok("image", "inspect", "--format", "{{json .RepoDigests}}", ref).strip())
                .isEqualTo("[\"" + registry.host() + "/team/app@" + manifestDigest + "\"]");

        docker.ok("tag", ref, "team/copy:2");
        assertThat(docker.ok("images", "--format", "{{.Repository}}:{{.Tag}}").lines().sorted())
                .containsExactly(ref, "team/copy:2");
        assertThat(docker.ok("rmi", "team/copy:2").strip()).isEqualTo("Untagged: team/copy:2");
        String layerDigest = store.resolve(ref).manifest().layers().getFirst().digest();
        assertThat(docker.ok("rmi", ref).lines()).containsExactly("Untagged: " + ref,
                "Untagged: " + registry.host() + "/team/app@" + manifestDigest, "Deleted: " + id,
                "Deleted: " + layerDigest);
        DockerCli.Result gone = docker.run("image", "inspect", ref);
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.output()).contains("No such image: " + ref);
    }

    @Test
    void pullOfAMissingTagFailsWithTheRegistryError() throws Exception {
        DockerCli.Result r = docker.run("pull", registry.host() + "/team/none:1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.output()).contains("team/none").contains("manifest unknown");
    }

    @Test
    void saveRemoveLoadGivesTheSameImage() throws Exception {
        Digest id = importImage(store, "team/saved:1", "saved", List.of());
        Path archive = dir.resolve("saved.tar");
        docker.ok("save", "-o", archive.toString(), "team/saved:1");
        assertThat(Files.size(archive)).isGreaterThan(1024);
        assertThat(docker.ok("rmi", "team/saved:1").lines()).startsWith("Untagged: team/saved:1",
                "Deleted: " + id);
        assertThat(docker.ok("load", "-i", archive.toString()).strip()).isEqualTo("Loaded image: team/saved:1");
        assertThat(docker.ok("image", "inspect", "--format", "{{.Id}}", "team/saved:1").strip())
                .isEqualTo(id.toString());
    }

    @Test
    void importsARootfsWithAChange() throws Exception {
        Path tar = Files.write(dir.resolve("rootfs.tar"), Rootfs.tar("imported"));
        String out = docker.ok("import", "--change", "CMD [\"sh\"]", "--message", "from a test", tar.toString(),
                "team/imported:1").strip();
        assertThat(out).matches("sha256:[0-9a-f]{64}");
        assertThat(docker.ok("image", "inspect", "--format", "{{.Id}} {{json .Config.Cmd}} {{.Comment}}",
                "team/imported:1").strip()).isEqualTo(out + " [\"sh\"] from a test");
    }

    @Test
    void pushesToTheRegistryThenFindsTheLayersThere() throws Exception {
        String ref = registry.host() + "/team/pushed:1";
        importImage(store, ref, "pushed", List.of());
        String layer = store.resolve(ref).manifest().layers().getFirst().digestValue().shortHex();
        List<String> push = docker.ok("push", ref).lines().toList();
        assertThat(push.getFirst()).isEqualTo("The push refers to repository [" + registry.host() + "/team/pushed]");
        assertThat(push).contains(layer + ": Pushed");
        String last = push.getLast();
        assertThat(last).matches("1: digest: sha256:[0-9a-f]{64} size: \\d+");
        assertThat(last).contains(store.resolve(ref).target().digest());

        docker.ok("tag", ref, registry.host() + "/team/pushed:2");
        assertThat(docker.ok("push", registry.host() + "/team/pushed:2").lines())
                .contains(layer + ": Layer already exists");
    }

    @Test
    void prunesDanglingImagesOnly() throws Exception {
        Digest dangling = importImage(store, null, "dangling", List.of());
        importImage(store, "team/kept:1", "kept", List.of());
        String out = docker.ok("image", "prune", "-f");
        assertThat(out.lines()).contains("Deleted Images:", "deleted: " + dangling);
        assertThat(out.lines().toList().getLast()).startsWith("Total reclaimed space: ").doesNotEndWith(" 0B");
        assertThat(docker.ok("images", "--format", "{{.Repository}}:{{.Tag}}").strip()).isEqualTo("team/kept:1");
        assertThat(docker.ok("image", "prune", "-f").strip()).isEqualTo("Total reclaimed space: 0B");
    }

    @Test
    void refusesToRemoveAnImageAContainerUses() throws Exception {
        Digest id = importImage(store, "team/used:1", "used", List.of());
        containers.add(new ImageUsers.ContainerUse("0123456789abcdef", false));
        try {
            DockerCli.Result r = docker.run("rmi", "team/used:1");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.output().strip()).isEqualTo("Error response from daemon: conflict: unable to remove "
                    + "repository reference \"team/used:1\" (must force) - container 0123456789ab is using its "
                    + "referenced image " + id.shortHex());
        } finally {
            containers.clear();
        }
    }
}
