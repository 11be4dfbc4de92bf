package io.jcompose.runtime.container.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link ContainerSpec} field by field, because most of its two dozen fields stay at Docker's defaults. */
public final class ContainerSpecBuilder {

    private Optional<List<String>> entrypoint = Optional.empty();
    private Optional<List<String>> cmd = Optional.empty();
    private final List<String> env = new ArrayList<>();
    private Optional<String> user = Optional.empty();
    private Optional<String> workingDir = Optional.empty();
    private String hostname;
    private String domainname = "";
    private boolean tty;
    private boolean openStdin;
    private boolean readOnlyRootfs;
    private boolean privileged;
    private final List<String> capAdd = new ArrayList<>();
    private final List<String> capDrop = new ArrayList<>();
    private final Map<String, String> sysctls = new LinkedHashMap<>();
    private final List<ContainerSpec.Ulimit> ulimits = new ArrayList<>();
    private final List<String> groupAdd = new ArrayList<>();
    private final Map<String, String> tmpfs = new LinkedHashMap<>();
    private final List<ContainerSpec.Mount> mounts = new ArrayList<>();
    private ContainerSpec.Resources resources = ContainerSpec.Resources.NONE;
    private boolean init;
    private long shmSize = ContainerSpec.DEFAULT_SHM_SIZE;
    private int oomScoreAdj;
    private final List<String> securityOpt = new ArrayList<>();
    private Optional<String> networkNamespacePath = Optional.empty();

    ContainerSpecBuilder(String hostname) {
        this.hostname = hostname;
    }

    public ContainerSpecBuilder entrypoint(List<String> value) { entrypoint = Optional.of(value); return this; }
    public ContainerSpecBuilder entrypoint(String... value) { return entrypoint(List.of(value)); }
    public ContainerSpecBuilder cmd(List<String> value) { cmd = Optional.of(value); return this; }
    public ContainerSpecBuilder cmd(String... value) { return cmd(List.of(value)); }
    public ContainerSpecBuilder env(String... entries) { env.addAll(List.of(entries)); return this; }
    public ContainerSpecBuilder env(List<String> entries) { env.addAll(entries); return this; }
    public ContainerSpecBuilder user(String value) { user = Optional.of(value); return this; }
    public ContainerSpecBuilder workingDir(String value) { workingDir = Optional.of(value); return this; }
    public ContainerSpecBuilder hostname(String value) { hostname = value; return this; }
    public ContainerSpecBuilder domainname(String value) { domainname = value; return this; }
    public ContainerSpecBuilder tty(boolean value) { tty = value; return this; }
    public ContainerSpecBuilder openStdin(boolean value) { openStdin = value; return this; }
    public ContainerSpecBuilder readOnlyRootfs(boolean value) { readOnlyRootfs = value; return this; }
    public ContainerSpecBuilder privileged(boolean value) { privileged = value; return this; }
    public ContainerSpecBuilder capAdd(String... names) { capAdd.addAll(List.of(names)); return this; }
    public ContainerSpecBuilder capDrop(String... names) { capDrop.addAll(List.of(names)); return this; }
    public ContainerSpecBuilder sysctl(String name, String value) { sysctls.put(name, value); return this; }
    public ContainerSpecBuilder ulimit(String name, long soft, long hard) {
        ulimits.add(new ContainerSpec.Ulimit(name, soft, hard));
        return this;
    }
    public ContainerSpecBuilder groupAdd(String... groups) { groupAdd.addAll(List.of(groups)); return this; }
    public ContainerSpecBuilder tmpfs(String path, String options) { tmpfs.put(path, options); return this; }
    public ContainerSpecBuilder mount(ContainerSpec.Mount mount) { mounts.add(mount); return this; }
    public ContainerSpecBuilder resources(ContainerSpec.Resources value) { resources = value; return this; }
    public ContainerSpecBuilder init(boolean value) { init = value; return this; }
    public ContainerSpecBuilder shmSize(long bytes) { shmSize = bytes; return this; }
    public ContainerSpecBuilder oomScoreAdj(int value) { oomScoreAdj = value; return this; }
    public ContainerSpecBuilder securityOpt(String... options) { securityOpt.addAll(List.of(options)); return this; }
    public ContainerSpecBuilder networkNamespacePath(String path) {
        networkNamespacePath = Optional.of(path);
        return this;
    }

    public ContainerSpec build() {
        return new ContainerSpec(entrypoint, cmd, env, user, workingDir, hostname, domainname, tty, openStdin,
                readOnlyRootfs, privileged, capAdd, capDrop, sysctls, ulimits, groupAdd, tmpfs, mounts, resources,
                init, shmSize, oomScoreAdj, securityOpt, networkNamespacePath);
    }
}
