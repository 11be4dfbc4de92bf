package io.jcompose.runtime.container.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a container's cgroup lives: {@code ROOT/<controller>/jcompose/<id>} on cgroup v1 (hybrid hosts included),
 * {@code ROOT/jcompose/<id>} on a pure v2 host (one with {@code ROOT/cgroup.controllers}). The root is a parameter
 * so tests can build a fake tree.
 */
public record CgroupFs(Path root, boolean v2, String parent) {

    /** The parent cgroup of the standard engine's containers ({@code /jcompose/<id>}). */
    public static final String PARENT = "jcompose";

    public static CgroupFs host() {
        return host(PARENT);
    }

    /** The host's cgroups, containers under {@code parent} (an engine on another state directory has its own). */
    public static CgroupFs host(String parent) {
        return detect(Path.of("/sys/fs/cgroup"), parent);
    }

    public static CgroupFs detect(Path root) {
        return detect(root, PARENT);
    }

    public static CgroupFs detect(Path root, String parent) {
        return new CgroupFs(root, Files.exists(root.resolve("cgroup.controllers")), parent);
    }

    /** The container's directory for a v1 controller ({@code memory}, {@code pids}...), or its v2 directory. */
    public Path dir(String controller, String containerId) {
        return v2 ? root.resolve(parent).resolve(containerId) : root.resolve(controller).resolve(parent)
                .resolve(containerId);
    }

    /**
     * Removes the (empty) parent cgroup from every hierarchy, for an engine that leaves the host as it found it;
     * a parent still holding a container's cgroup stays.
     */
    public void removeParent() throws IOException {
        List<Path> dirs = new ArrayList<>();
        if (v2) {
            dirs.add(root.resolve(parent));
        } else if (Files.isDirectory(root)) {
            try (Stream<Path> controllers = Files.list(root)) {
                controllers.map(c -> c.resolve(parent)).forEach(dirs::add);
            }
        }
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try {
                    Files.delete(dir); // rmdir of a cgroup: allowed once it has no children
                } catch (java.nio.file.FileSystemException busy) {
                    // a container's cgroup is still there
                }
            }
        }
    }

    /** Whether the container has a cgroup (it is running or paused). */
    public boolean exists(String containerId) {
        return Files.isDirectory(procsDir(containerId));
    }

    /** The processes in the container's cgroup and the cgroups below it, in ascending order. */
    public List<Long> pids(String containerId) throws IOException {
        Path dir = procsDir(containerId);
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "the container has no cgroup");
        }
        TreeSet<Long> pids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path procs : files.filter(p -> p.getFileName().toString().equals("cgroup.procs")).toList()) {
                try {
                    for (String line : Files.readAllLines(procs)) {
                        if (!line.isBlank()) {
                            pids.add(Long.parseLong(line.strip()));
                        }
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a sub-cgroup removed while walking
                }
            }
        }
        return new ArrayList<>(pids);
    }

    private Path procsDir(String containerId) {
        if (v2) {
            return dir("", containerId);
        }
        for (String controller : List.of("pids", "memory", "cpuacct", "devices")) {
            Path d = dir(controller, containerId);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return dir("pids", containerId);
    }
}
