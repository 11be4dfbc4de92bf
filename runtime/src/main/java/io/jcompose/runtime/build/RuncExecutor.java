package io.jcompose.runtime.build;

import io.jcompose.runtime.container.spec.ContainerSpec;
import io.jcompose.runtime.container.spec.SpecBuilder;
import io.jcompose.runtime.container.spec.SpecFiles;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.sys.Native;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * RUN with {@code runc run} on a bundle of its own: an overlay of the image's layers under the step's upper
 * directory, the host's network namespace (this first slice has no build network), copies of the host's
 * resolv.conf and hosts, Docker's default capabilities and mounts. The container is not an engine container: it
 * never shows in {@code docker ps}, and everything of it (runc state, cgroup, mount, files) is gone when
 * {@link #run} returns, whatever happened.
 */
public final class RuncExecutor implements RunExecutor {

    /** Mount points runc makes in the root when the image lacks them; they are not the step's changes. */
    private static final List<String> MOUNT_POINTS = List.of("proc", "sys", "dev", "etc/resolv.conf", "etc/hosts");

    private final Path runc;
    private final Path work;
    private final String cgroupParent;
    private final Native sys;

    /**
     * @param work         a directory of the builder's own: runc state and per-step bundles go below it
     * @param cgroupParent the cgroup the steps run under, e.g. {@code jcompose} (a step gets {@code /PARENT/build-ID})
     */
    public RuncExecutor(Path runc, Path work, String cgroupParent, Native sys) throws IOException {
        this.runc = runc;
        this.work = Files.createDirectories(work);
        this.cgroupParent = cgroupParent;
        this.sys = sys;
    }

    @Override
    public int run(Request r, Consumer<String> output) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(r.id()));
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        Path workdir = Files.createDirectories(dir.resolve("work"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        boolean mounted = false;
        try {
            List<Path> lowers = r.lowers().isEmpty() ? List.of(empty) : r.lowers();
            ImageFiles image = new ImageFiles(r.lowers());
            sys.mount("overlay", rootfs, "overlay", 0, "lowerdir=" + lowers.stream().map(Path::toString)
                    .collect(Collectors.joining(":")) + ",upperdir=" + r.upper() + ",workdir=" + workdir);
            mounted = true;
            Path resolv = copyOrEmpty(Path.of("/etc/resolv.conf"), dir.resolve("resolv.conf"));
            Path hosts = copyOrEmpty(Path.of("/etc/hosts"), dir.resolve("hosts"));
            ContainerSpec spec = ContainerSpec.builder(r.id().substring(0, 12)).cmd(r.argv()).env(r.env())
                    .user(r.user()).workingDir(r.workdir())
                    .networkNamespacePath("/proc/" + ProcessHandle.current().pid() + "/ns/net").build();
            var config = SpecBuilder.of(spec, rootfs, "/" + cgroupParent + "/build-" + r.id()).resolvConf(resolv)
                    .hostsFile(hosts).build();
            Path bundle = Files.createDirectories(dir.resolve("bundle"));
            SpecFiles.write(bundle, config);
            int code = runc(r.id(), bundle, output);
            sys.unmount(rootfs, Native.MNT_DETACH);
            mounted = false;
            dropMountPoints(r.upper(), image);
            return code;
        } finally {
            cleanup(r.id(), rootfs, mounted, dir);
        }
    }

    private int runc(String id, Path bundle, Consumer<String> output) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(runc.toString(), "--root", work.resolve("runc").toString(), "run",
                "--bundle", bundle.toString(), id).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.accept(line);
            }
            return p.waitFor();
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor();
            }
        }
    }

    /** Removes the empty files and directories runc made as mount points where the image had none. */
    private static void dropMountPoints(Path upper, ImageFiles image) throws IOException {
        for (String m : MOUNT_POINTS) {
            Path p = upper.resolve(m);
            if (image.find("/" + m).isEmpty() && Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? isEmptyDir(p) : Files.size(p) == 0)) {
                Files.delete(p);
            }
        }
        Path etc = upper.resolve("etc");
        if (Files.isDirectory(etc, LinkOption.NOFOLLOW_LINKS) && isEmptyDir(etc)) {
            Files.delete(etc);
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static Path copyOrEmpty(Path host, Path copy) throws IOException {
        if (Files.isRegularFile(host)) {
            Files.copy(host, copy);
        } else {
            Files.writeString(copy, "");
        }
        return copy;
    }

    private void cleanup(String id, Path rootfs, boolean mounted, Path dir) throws IOException {
        try {
            new ProcessBuilder(runc.toString(), "--root", work.resolve("runc").toString(), "delete", "-f", id)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (mounted || sys.isMounted(rootfs)) {
                sys.unmount(rootfs, Native.MNT_DETACH);
            }
            Trees.delete(dir);
        }
    }
}
