package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.runtime.container.spec.ContainerSpec;
import io.jcompose.runtime.container.spec.ContainerSpecBuilder;
import io.jcompose.runtime.container.spec.ProcessArgs;
import io.jcompose.runtime.container.spec.SpecBuilder;
import io.jcompose.runtime.container.spec.SpecException;
import io.jcompose.runtime.container.spec.SpecFiles;
import io.jcompose.runtime.container.spec.SpecHost;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.volume.ContainerVolumes;
import io.jcompose.runtime.volume.VolumeMounts;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Translates a container's Docker-API create request into the engine's {@link ContainerSpec} and writes the OCI
 * config with the spec package; mounts are resolved here (bind sources checked or created as docker does, volumes
 * made, mounted and filled from the image by {@link VolumeMounts}).
 */
public final class SpecBundleWriter implements BundleWriter {

    private static final Path INIT = Path.of("/usr/bin/catatonit");

    private final SpecHost host;
    private final VolumeMounts volumes;
    private final String cgroupParent;

    /** Without volumes: named volume mounts are refused, image VOLUMEs stay in the container's own layer. */
    public SpecBundleWriter() {
        this(SpecHost.detect(), VolumeMounts.NONE);
    }

    public SpecBundleWriter(SpecHost host) {
        this(host, VolumeMounts.NONE);
    }

    public SpecBundleWriter(SpecHost host, VolumeMounts volumes) {
        this(host, volumes, io.jcompose.runtime.container.stats.CgroupFs.PARENT);
    }

    /** {@code cgroupParent}: the cgroup under which containers' cgroups are made ({@code jcompose}). */
    public SpecBundleWriter(SpecHost host, VolumeMounts volumes, String cgroupParent) {
        this.host = host;
        this.volumes = volumes;
        this.cgroupParent = cgroupParent;
    }

    @Override
    public List<String> command(ContainerRecord record, StoredImage image) {
        ContainerConfigJson c = record.config();
        ImageConfig.RunConfig run = image.config().config();
        try {
            return ProcessArgs.argv(Optional.ofNullable(c.entrypoint()), Optional.ofNullable(c.cmd()),
                    run == null || run.entrypoint() == null ? List.of() : run.entrypoint(),
                    run == null || run.cmd() == null ? List.of() : run.cmd());
        } catch (SpecException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage());
        }
    }

    @Override
    public void write(ContainerRecord record, StoredImage image, ContainerLayout layout, Optional<Path> netns)
            throws IOException {
        ContainerSpec spec = spec(record, imageVolumes(image), layout, netns);
        try {
            var config = SpecBuilder.of(spec, layout.rootfs(), "/" + cgroupParent + "/" + record.id().hex())
                    .image(image.config().config()).initBinary(INIT)
                    .hostsFile(layout.hosts()).hostnameFile(layout.hostname()).resolvConf(layout.resolvConf())
                    .host(host).build();
            SpecFiles.write(layout.bundle(), config);
        } catch (SpecException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage());
        }
    }

    ContainerSpec spec(ContainerRecord record, Set<String> imageVolumes, ContainerLayout layout, Optional<Path> netns)
            throws IOException {
        ContainerConfigJson c = record.config();
        HostConfigJson h = record.hostConfig();
        String hostname = c.hostname() == null || c.hostname().isEmpty() ? record.id().shortId() : c.hostname();
        ContainerSpecBuilder b = ContainerSpec.builder(hostname);
        if (c.entrypoint() != null) {
            b.entrypoint(c.entrypoint());
        }
        if (c.cmd() != null) {
            b.cmd(c.cmd());
        }
        b.env(c.env() == null ? List.of() : c.env());
        if (c.user() != null && !c.user().isEmpty()) {
            b.user(c.user());
        }
        if (c.workingDir() != null && !c.workingDir().isEmpty()) {
            b.workingDir(c.workingDir());
        }
        b.domainname(c.domainname() == null ? "" : c.domainname());
        b.tty(isTrue(c.tty())).openStdin(isTrue(c.openStdin()));
        b.readOnlyRootfs(isTrue(h.readonlyRootfs())).privileged(isTrue(h.privileged())).init(isTrue(h.init()));
        b.capAdd(array(h.capAdd())).capDrop(array(h.capDrop())).groupAdd(array(h.groupAdd()));
        b.securityOpt(array(h.securityOpt()));
        if (h.sysctls() != null) {
            h.sysctls().forEach(b::sysctl);
        }
        if (h.ulimits() != null) {
            for (HostConfigJson.UlimitJson u : h.ulimits()) {
                b.ulimit(u.name(), value(u.soft()), value(u.hard()));
            }
        }
        if (h.tmpfs() != null) {
            h.tmpfs().forEach(b::tmpfs);
        }
        for (ContainerSpec.Mount mount : mounts(record, imageVolumes, layout.rootfs())) {
            b.mount(mount);
        }
        if (h.shmSize() != null && h.shmSize() > 0) {
            b.shmSize(h.shmSize());
        }
        if (h.oomScoreAdj() != null) {
            b.oomScoreAdj(h.oomScoreAdj());
        }
        b.resources(new ContainerSpec.Resources(value(h.memory()), value(h.memoryReservation()),
                value(h.memorySwap()), value(h.nanoCpus()), value(h.cpuShares()), value(h.cpuQuota()),
                value(h.cpuPeriod()), Optional.ofNullable(h.cpusetCpus()).filter(s -> !s.isEmpty()),
                Optional.ofNullable(h.cpusetMems()).filter(s -> !s.isEmpty()), value(h.pidsLimit()),
                isTrue(h.oomKillDisable())));
        netns.ifPresent(path -> b.networkNamespacePath(path.toString()));
        if ("host".equals(h.networkMode())) {
            // the engine runs in the host's network namespace: joining its namespace is sharing the host's
            b.networkNamespacePath("/proc/" + ProcessHandle.current().pid() + "/ns/net");
        }
        return b.build();
    }

    /**
     * {@code Binds} (short syntax) and {@code Mounts} (long syntax) as bind and tmpfs mounts; volumes (named,
     * anonymous, and the image's and config's {@code Volumes} no other mount covers) become binds of their data,
     * and parents are mounted before their children, as docker sorts them.
     */
    List<ContainerSpec.Mount> mounts(ContainerRecord record, Set<String> imageVolumes, Path rootfs)
            throws IOException {
        HostConfigJson h = record.hostConfig();
        List<ContainerSpec.Mount> out = new ArrayList<>();
        try {
            for (String bind : h.binds() == null ? List.<String>of() : h.binds()) {
                Optional<VolumeMount> volume = VolumeMount.ofBind(bind);
                out.add(volume.isPresent() ? volume(record, volume.get(), rootfs) : bind(bind));
            }
            for (MountJson m : h.mounts() == null ? List.<MountJson>of() : h.mounts()) {
                Optional<VolumeMount> volume = m.target() == null || m.target().isEmpty() ? Optional.empty()
                        : ContainerVolumes.ofMount(m);
                out.add(volume.isPresent() ? volume(record, volume.get(), rootfs) : mount(m));
            }
            Set<String> targets = new HashSet<>();
            for (ContainerSpec.Mount m : out) {
                if (!targets.add(m.destination())) {
                    throw invalid("Duplicate mount point: " + m.destination());
                }
            }
            Set<String> declared = new java.util.TreeSet<>(imageVolumes);
            if (record.config().volumes() != null) {
                declared.addAll(record.config().volumes().keySet());
            }
            if (volumes.supported()) {
                for (String target : declared) {
                    if (!targets.contains(target) && (h.tmpfs() == null || !h.tmpfs().containsKey(target))) {
                        out.add(volume(record, VolumeMount.anonymous(target), rootfs));
                    }
                }
            }
        } catch (VolumeException e) {
            throw new ContainerException(e.kind() == VolumeException.Kind.FAILED ? ContainerException.Kind.FAILED
                    : ContainerException.Kind.INVALID, e.getMessage(), e);
        }
        out.sort(Comparator.comparingInt(m -> Path.of(m.destination()).normalize().getNameCount()));
        return out;
    }

    private ContainerSpec.Mount volume(ContainerRecord record, VolumeMount mount, Path rootfs) throws IOException {
        Path source = volumes.attach(record.id().hex(), mount, rootfs);
        List<String> options = new ArrayList<>(List.of("rbind"));
        if (mount.readOnly()) {
            options.add("ro");
        }
        return new ContainerSpec.Mount("bind", source.toString(), mount.target(), withPropagation(options));
    }

    private static Set<String> imageVolumes(StoredImage image) {
        ImageConfig.RunConfig run = image.config().config();
        return run == null || run.volumes() == null ? Set.of() : run.volumes().keySet();
    }

    private static ContainerSpec.Mount bind(String spec) throws IOException {
        String[] parts = spec.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw invalid("invalid volume specification: '" + spec + "'");
        }
        if (!parts[0].startsWith("/")) {
            throw invalid("named volume \"" + parts[0] + "\" in '" + spec
                    + "': named volumes are not supported by this engine yet; use a bind mount of an absolute path");
        }
        Path source = Path.of(parts[0]);
        if (!Files.exists(source)) {
            Files.createDirectories(source); // docker creates a missing bind source given in short syntax
        }
        List<String> options = new ArrayList<>(List.of("rbind"));
        if (parts.length == 3) {
            for (String option : parts[2].split(",")) {
                switch (option) {
                    case "ro" -> options.add("ro");
                    case "rw", "z", "Z", "nocopy", "consistent", "cached", "delegated" -> { }
                    case "private", "rprivate", "shared", "rshared", "slave", "rslave" -> options.add(option);
                    default -> throw invalid("invalid mode: " + option + " in '" + spec + "'");
                }
            }
        }
        return new ContainerSpec.Mount("bind", parts[0], parts[1], withPropagation(options));
    }

    private static ContainerSpec.Mount mount(MountJson m) {
        String type = m.type() == null ? "volume" : m.type();
        if (m.target() == null || m.target().isEmpty()) {
            throw invalid("invalid mount config for type \"" + type + "\": field Target must not be empty");
        }
        List<String> options = new ArrayList<>();
        switch (type) {
            case "bind" -> {
                if (m.source() == null || !Path.of(m.source()).isAbsolute()) {
                    throw invalid("invalid mount config for type \"bind\": invalid mount path: '" + m.source()
                            + "' mount path must be absolute");
                }
                boolean create = m.bindOptions() != null && isTrue(m.bindOptions().createMountpoint());
                if (!Files.exists(Path.of(m.source())) && !create) {
                    throw invalid("invalid mount config for type \"bind\": bind source path does not exist: "
                            + m.source());
                }
                options.add(m.bindOptions() != null && isTrue(m.bindOptions().nonRecursive()) ? "bind" : "rbind");
                if (m.bindOptions() != null && m.bindOptions().propagation() != null) {
                    options.add(m.bindOptions().propagation());
                }
                if (isTrue(m.readOnly())) {
                    options.add("ro");
                }
                if (create) {
                    try {
                        Files.createDirectories(Path.of(m.source()));
                    } catch (IOException e) {
                        throw invalid("cannot create the bind source " + m.source() + ": " + e.getMessage());
                    }
                }
                return new ContainerSpec.Mount("bind", m.source(), m.target(), withPropagation(options));
            }
            case "tmpfs" -> {
                options.addAll(List.of("nosuid", "nodev", "noexec"));
                if (m.tmpfsOptions() != null && m.tmpfsOptions().sizeBytes() != null) {
                    options.add("size=" + m.tmpfsOptions().sizeBytes());
                }
                if (m.tmpfsOptions() != null && m.tmpfsOptions().mode() != null) {
                    options.add("mode=" + Integer.toOctalString(m.tmpfsOptions().mode()));
                }
                if (isTrue(m.readOnly())) {
                    options.add("ro");
                }
                return new ContainerSpec.Mount("tmpfs", "tmpfs", m.target(), options);
            }
            default -> throw invalid("mount type \"" + type + "\" for " + m.target()
                    + " is not supported by this engine yet (bind, tmpfs and volume are)");
        }
    }

    private static List<String> withPropagation(List<String> options) {
        boolean given = options.stream().anyMatch(o -> o.endsWith("private") || o.endsWith("shared")
                || o.endsWith("slave"));
        if (!given) {
            options.add("rprivate");
        }
        return options;
    }

    private static ContainerException invalid(String message) {
        return new ContainerException(ContainerException.Kind.INVALID, message);
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
