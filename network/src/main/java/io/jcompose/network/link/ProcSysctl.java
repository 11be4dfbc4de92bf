package io.jcompose.network.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Host parameters through {@code /proc/sys}; namespace ones through {@code ip netns exec NAME sysctl -w}. */
public final class ProcSysctl implements Sysctl {

    private final Path procSys;
    private final IpRunner ip;

    public ProcSysctl() {
        this(Path.of("/proc/sys"), new ProcessIpRunner());
    }

    public ProcSysctl(Path procSys, IpRunner ip) {
        this.procSys = procSys;
        this.ip = ip;
    }

    @Override
    public String get(String key) throws IOException {
        return Files.readString(path(key)).strip();
    }

    @Override
    public void set(String key, String value) throws IOException {
        Files.writeString(path(key), Sysctl.value(value) + "\n");
    }

    @Override
    public void setInNamespace(String namespace, String key, String value) throws IOException {
        List<String> args = List.of("netns", "exec", LinkNames.namespaceName(namespace), "sysctl", "-q", "-w",
                Sysctl.key(key) + "=" + Sysctl.value(value));
        IpRunner.Result r = ip.run(args, "");
        if (!r.ok()) {
            throw LinkException.of(args, List.of(), r);
        }
    }

    private Path path(String key) {
        return procSys.resolve(Sysctl.key(key).replace('.', '/'));
    }
}
