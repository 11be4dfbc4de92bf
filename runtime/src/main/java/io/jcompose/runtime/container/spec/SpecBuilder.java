package io.jcompose.runtime.container.spec;

import io.jcompose.runtime.container.spec.json.LinuxJson;
import io.jcompose.runtime.container.spec.json.MountJson;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import io.jcompose.runtime.container.spec.json.RuntimeSpecJson;
import io.jcompose.runtime.image.oci.ImageConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the OCI runtime config of a container from what was asked ({@link ContainerSpec}), the image's run
 * defaults and the engine's own files, so that runc runs it as Docker would: same argv, environment, user, default
 * capabilities, mounts, masked paths, devices and cgroup limits. Not applied (yet): a seccomp profile, host devices
 * for privileged containers, AppArmor/SELinux.
 */
public final class SpecBuilder {

    /** Docker's masked paths: hidden behind an empty file or directory. */
    static final List<String> MASKED_PATHS = List.of("/proc/asound", "/proc/acpi", "/proc/interrupts", "/proc/kcore",
            "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug",
            "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap");
    /** Docker's read-only paths. */
    static final List<String> READONLY_PATHS =
            List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

    private final ContainerSpec spec;
    private final Path rootfs;
    private final String cgroupsPath;
    private ImageConfig.RunConfig image = emptyRunConfig();
    private Optional<Path> initBinary = Optional.empty();
    private Optional<Path> hostsFile = Optional.empty();
    private Optional<Path> hostnameFile = Optional.empty();
    private Optional<Path> resolvConf = Optional.empty();
    private SpecHost host;

    private SpecBuilder(ContainerSpec spec, Path rootfs, String cgroupsPath) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.rootfs = Objects.requireNonNull(rootfs, "rootfs").toAbsolutePath();
        this.cgroupsPath = Objects.requireNonNull(cgroupsPath, "cgroupsPath");
    }

    /**
     * @param rootfs      the container's root filesystem on the host (the overlay mount); also where its passwd
     *                    and group files are read
     * @param cgroupsPath the container's cgroup, relative to each hierarchy's root, e.g. {@code /jcompose/<id>}
     */
    public static SpecBuilder of(ContainerSpec spec, Path rootfs, String cgroupsPath) {
        return new SpecBuilder(spec, rootfs, cgroupsPath);
    }

    /** The image's defaults (Entrypoint, Cmd, Env, User, WorkingDir); null means an image that sets none. */
    public SpecBuilder image(ImageConfig.RunConfig runConfig) {
        this.image = runConfig == null ? emptyRunConfig() : runConfig;
        return this;
    }

    /** The static init binary (catatonit) mounted at /sbin/docker-init when the container asks for {@code init}. */
    public SpecBuilder initBinary(Path path) {
        this.initBinary = Optional.of(path);
        return this;
    }

    public SpecBuilder hostsFile(Path path) {
        this.hostsFile = Optional.of(path);
        return this;
    }

    public SpecBuilder hostnameFile(Path path) {
        this.hostnameFile = Optional.of(path);
        return this;
    }

    public SpecBuilder resolvConf(Path path) {
        this.resolvConf = Optional.of(path);
        return this;
    }

    /** The host's facts; {@link SpecHost#detect()} when not given. */
    public SpecBuilder host(SpecHost facts) {
        this.host = facts;
        return this;
    }

    /**
     * The config.
     *
     * @throws SpecException what Docker would refuse at create or start time, with Docker's message
     * @throws IOException   the rootfs's passwd or group file could not be read
     */
    public RuntimeSpecJson build() throws IOException {
        SpecHost facts = host != null ? host : SpecHost.detect();
        SecurityOptions security = SecurityOptions.parse(spec.securityOpt());
        return new RuntimeSpecJson(
                RuntimeSpecJson.OCI_VERSION,
                process(facts, security),
                new RuntimeSpecJson.Root(rootfs.toString(), spec.readOnlyRootfs()),
                spec.hostname().isEmpty() ? null : spec.hostname(),
                spec.domainname().isEmpty() ? null : spec.domainname(),
                mounts(),
                linux(facts, security));
    }

    private ProcessJson process(SpecHost facts, SecurityOptions security) throws IOException {
        List<String> argv = ProcessArgs.argv(spec.entrypoint(), spec.cmd(), list(image.entrypoint()), list(image.cmd()));
        if (spec.init()) {
            argv = ProcessArgs.behindInit(SpecMounts.INIT_PATH, argv);
        }
        String user = spec.user().orElse(image.user() == null ? "" : image.user());
        ResolvedUser resolved = UserResolver.resolve(rootfs, user, spec.groupAdd());
        List<String> env = ProcessEnv.merge(list(image.env()), spec.env(), spec.hostname(), spec.tty(), resolved.home());
        List<String> caps = Capabilities.of(spec.capAdd(), spec.capDrop(), spec.privileged(), facts.lastCap());
        return new ProcessJson(
                spec.tty(),
                new ProcessJson.User(resolved.uid(), resolved.gid(), resolved.additionalGids()),
                argv,
                env,
                workingDir(),
                new ProcessJson.Capabilities(caps, caps, null, caps, null),
                Rlimits.of(spec.ulimits()),
                security.noNewPrivileges(),
                spec.oomScoreAdj());
    }

    private String workingDir() {
        String dir = spec.workingDir().filter(d -> !d.isEmpty())
                .orElse(image.workingDir() == null || image.workingDir().isEmpty() ? "/" : image.workingDir());
        if (!dir.startsWith("/")) {
            throw new SpecException("the working directory '" + dir + "' is invalid, it needs to be an absolute path");
        }
        return dir;
    }

    private List<MountJson> mounts() {
        List<MountJson> user = new ArrayList<>(SpecMounts.userMounts(spec.tmpfs(), spec.mounts()));
        Set<String> taken = new HashSet<>();
        user.forEach(m -> taken.add(m.destination()));
        engineFile(user, taken, "/etc/resolv.conf", resolvConf);
        engineFile(user, taken, "/etc/hostname", hostnameFile);
        engineFile(user, taken, "/etc/hosts", hostsFile);
        if (spec.init()) {
            Path init = initBinary.orElseThrow(() -> new SpecException(
                    "init was requested but the engine has no init binary (catatonit or tini) configured"));
            user.add(SpecMounts.initBinary(init.toString()));
        }
        return SpecMounts.order(SpecMounts.defaults(spec.shmSize(), spec.privileged()), user);
    }

    private void engineFile(List<MountJson> user, Set<String> taken, String destination, Optional<Path> file) {
        if (file.isPresent() && !taken.contains(destination)) {
            user.add(SpecMounts.engineFile(destination, file.get().toString(), spec.readOnlyRootfs()));
        }
    }

    private LinuxJson linux(SpecHost facts, SecurityOptions security) {
        List<LinuxJson.Namespace> namespaces = new ArrayList<>(List.of(
                new LinuxJson.Namespace("mount", null),
                new LinuxJson.Namespace("network", spec.networkNamespacePath().orElse(null)),
                new LinuxJson.Namespace("uts", null),
                new LinuxJson.Namespace("pid", null),
                new LinuxJson.Namespace("ipc", null)));
        if (facts.cgroupV2()) {
            namespaces.add(new LinuxJson.Namespace("cgroup", null));
        }
        boolean confined = !spec.privileged() && !security.unconfinedSystemPaths();
        return new LinuxJson(
                namespaces,
                cgroupsPath,
                SpecResources.of(spec.resources(), spec.privileged(), facts),
                Sysctls.of(spec.sysctls()),
                confined ? MASKED_PATHS : null,
                confined ? READONLY_PATHS : null);
    }

    private static List<String> list(List<String> value) {
        return value == null ? List.of() : value;
    }

    private static ImageConfig.RunConfig emptyRunConfig() {
        return new ImageConfig.RunConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
