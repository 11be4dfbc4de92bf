package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.spec.json.LinuxJson;
import io.jcompose.runtime.container.spec.json.MountJson;
import io.jcompose.runtime.container.spec.json.RuntimeSpecJson;
import io.jcompose.runtime.image.oci.ImageConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpecBuilderTest {

    private static final SpecHost HOST = new SpecHost(40, true, 2, false);
    private static final ImageConfig.RunConfig NGINX = new ImageConfig.RunConfig(null, null,
            List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NGINX_VERSION=1.25.3"),
            List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"), null, null, null, "SIGQUIT", null,
            null, null);

    @TempDir
    Path dir;
    Path rootfs;

    @BeforeEach
    void rootfs() throws IOException {
        rootfs = dir.resolve("rootfs");
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n"
                + "nginx:x:101:101:nginx:/nonexistent:/bin/false\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nnginx:x:101:\nwww:x:33:nginx\n");
    }

    private SpecBuilder typical() {
        ContainerSpec spec = ContainerSpec.builder("4f2a9c1d8e7b")
                .env("FOO=bar", "NGINX_VERSION=1.26.0")
                .user("nginx")
                .capAdd("NET_ADMIN")
                .capDrop("MKNOD")
                .tmpfs("/run", "size=64m")
                .mount(new ContainerSpec.Mount("bind", "/var/lib/jcompose/volumes/data/_data", "/usr/share/nginx/html",
                        List.of("ro")))
                .resources(ContainerSpec.Resources.NONE.withMemory(256L * 1024 * 1024, 0).withNanoCpus(1_500_000_000L)
                        .withPidsLimit(200))
                .ulimit("nofile", 1024, 4096)
                .sysctl("net.core.somaxconn", "1024")
                .init(true)
                .oomScoreAdj(100)
                .networkNamespacePath("/run/netns/jcompose-abc")
                .build();
        return SpecBuilder.of(spec, rootfs, "/jcompose/4f2a9c1d8e7b")
                .image(NGINX)
                .initBinary(Path.of("/usr/bin/catatonit"))
                .hostsFile(Path.of("/state/containers/4f2a/hosts"))
                .hostnameFile(Path.of("/state/containers/4f2a/hostname"))
                .resolvConf(Path.of("/state/containers/4f2a/resolv.conf"))
                .host(HOST);
    }

    @Test
    void aTypicalContainerMatchesTheGoldenConfig() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode actual = mapper.readTree(SpecFiles.toJson(typical().build()));
        String golden;
        try (InputStream in = getClass().getResourceAsStream("typical-config.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@ROOTFS@", rootfs.toString());
        }
        assertThat(actual).isEqualTo(mapper.readTree(golden));
    }

    @Test
    void writesConfigJsonAtomicallyAndReadsItBack() throws IOException {
        RuntimeSpecJson spec = typical().build();
        Path bundle = dir.resolve("bundle");
        Path written = SpecFiles.write(bundle, spec);
        assertThat(written).isEqualTo(bundle.resolve("config.json"));
        try (var files = Files.list(bundle)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
        }
        assertThat(SpecFiles.read(bundle)).isEqualTo(spec);
    }

    @Test
    void aPlainContainerRunsAsRootInSlashWithDefaults() throws IOException {
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").build(), rootfs, "/c")
                .host(HOST).build();
        assertThat(spec.process().user().uid()).isZero();
        assertThat(spec.process().cwd()).isEqualTo("/");
        assertThat(spec.process().args()).containsExactly("sh");
        assertThat(spec.process().env()).containsExactly("PATH=" + ProcessEnv.DEFAULT_PATH, "HOSTNAME=h", "HOME=/root");
        assertThat(spec.process().rlimits()).isNull();
        assertThat(spec.process().noNewPrivileges()).isFalse();
        assertThat(spec.process().capabilities().bounding()).isEqualTo(Capabilities.DOCKER_DEFAULTS);
        assertThat(spec.process().capabilities().ambient()).isNull();
        assertThat(spec.process().capabilities().inheritable()).isNull();
        assertThat(spec.linux().namespaces()).extracting(LinuxJson.Namespace::type)
                .containsExactly("mount", "network", "uts", "pid", "ipc");
        assertThat(spec.linux().namespaces()).allMatch(ns -> ns.path() == null);
        assertThat(spec.linux().maskedPaths()).isEqualTo(SpecBuilder.MASKED_PATHS);
        assertThat(spec.linux().readonlyPaths()).isEqualTo(SpecBuilder.READONLY_PATHS);
        assertThat(spec.linux().sysctl()).isNull();
        assertThat(spec.mounts()).extracting(MountJson::destination).containsExactly(
                "/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm");
    }

    @Test
    void privilegedHasAllCapsNoMaskedPathsAndAllDevices() throws IOException {
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").privileged(true).build(), rootfs,
                "/c").host(HOST).build();
        assertThat(spec.process().capabilities().effective()).hasSize(41);
        assertThat(spec.linux().maskedPaths()).isNull();
        assertThat(spec.linux().readonlyPaths()).isNull();
        assertThat(spec.linux().resources().devices()).isEqualTo(SpecResources.ALL_DEVICES);
    }

    @Test
    void readOnlyRootfsMakesTheEngineFilesReadOnlyToo() throws IOException {
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").readOnlyRootfs(true)
                        .securityOpt("no-new-privileges").build(), rootfs, "/c")
                .hostsFile(Path.of("/s/hosts")).host(HOST).build();
        assertThat(spec.root().readonly()).isTrue();
        assertThat(spec.process().noNewPrivileges()).isTrue();
        assertThat(spec.mounts().getLast()).isEqualTo(new MountJson("/etc/hosts", "bind", "/s/hosts",
                List.of("rbind", "rprivate", "ro")));
    }

    @Test
    void theContainersOwnMountWinsOverAnEngineFile() throws IOException {
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").cmd("sh")
                        .mount(new ContainerSpec.Mount("bind", "/mine/hosts", "/etc/hosts", List.of())).build(), rootfs, "/c")
                .hostsFile(Path.of("/s/hosts")).host(HOST).build();
        assertThat(spec.mounts()).filteredOn(m -> m.destination().equals("/etc/hosts"))
                .extracting(MountJson::source).containsExactly("/mine/hosts");
    }

    @Test
    void workingDirectoryFromContainerThenImage() throws IOException {
        ImageConfig.RunConfig image = new ImageConfig.RunConfig("1000:1000", null, null, null, List.of("sh"), null,
                "/app", null, null, null, null, null);
        assertThat(SpecBuilder.of(ContainerSpec.builder("h").build(), rootfs, "/c").image(image).host(HOST).build()
                .process().cwd()).isEqualTo("/app");
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").workingDir("/srv").build(), rootfs, "/c")
                .image(image).host(HOST).build();
        assertThat(spec.process().cwd()).isEqualTo("/srv");
        assertThat(spec.process().user()).isEqualTo(new io.jcompose.runtime.container.spec.json.ProcessJson.User(
                1000, 1000, List.of(1000)));
        assertThatThrownBy(() -> SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").workingDir("srv").build(),
                rootfs, "/c").host(HOST).build())
                .isInstanceOf(SpecException.class)
                .hasMessage("the working directory 'srv' is invalid, it needs to be an absolute path");
    }

    @Test
    void initNeedsAnInitBinary() {
        assertThatThrownBy(() -> SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").init(true).build(), rootfs, "/c")
                .host(HOST).build())
                .isInstanceOf(SpecException.class)
                .hasMessage("init was requested but the engine has no init binary (catatonit or tini) configured");
    }

    @Test
    void v2HostsGiveACgroupNamespace() throws IOException {
        RuntimeSpecJson spec = SpecBuilder.of(ContainerSpec.builder("h").cmd("sh").build(), rootfs, "/c")
                .host(new SpecHost(40, true, 2, true)).build();
        assertThat(spec.linux().namespaces()).extracting(LinuxJson.Namespace::type).endsWith("cgroup");
    }
}
