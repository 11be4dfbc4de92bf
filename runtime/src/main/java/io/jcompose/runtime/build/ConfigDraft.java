package io.jcompose.runtime.build;

import io.jcompose.runtime.image.oci.ImageConfig.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The run config of the image a stage is building, changed instruction by instruction. */
final class ConfigDraft {

    final List<String> env = new ArrayList<>();
    final Map<String, String> labels = new TreeMap<>();
    final Map<String, Object> ports = new TreeMap<>();
    final Map<String, Object> volumes = new TreeMap<>();
    final List<String> onBuild = new ArrayList<>();
    List<String> cmd;
    List<String> entrypoint;
    List<String> shell;
    String workdir;
    String user;
    String stopSignal;
    Map<String, Object> healthcheck;

    static ConfigDraft of(RunConfig c) {
        ConfigDraft d = new ConfigDraft();
        if (c == null) {
            return d;
        }
        if (c.env() != null) {
            d.env.addAll(c.env());
        }
        if (c.labels() != null) {
            d.labels.putAll(c.labels());
        }
        if (c.exposedPorts() != null) {
            d.ports.putAll(c.exposedPorts());
        }
        if (c.volumes() != null) {
            d.volumes.putAll(c.volumes());
        }
        d.cmd = c.cmd();
        d.entrypoint = c.entrypoint();
        d.shell = c.shell();
        d.workdir = c.workingDir();
        d.user = c.user();
        d.stopSignal = c.stopSignal();
        d.healthcheck = c.healthcheck();
        return d;
    }

    ConfigDraft copy() {
        ConfigDraft d = of(toRunConfig());
        d.onBuild.clear();
        d.onBuild.addAll(onBuild);
        return d;
    }

    void env(String name, String value) {
        env.removeIf(e -> e.equals(name) || e.startsWith(name + "="));
        env.add(name + "=" + value);
    }

    /** The variables ENV set, for substitution. */
    Map<String, String> envMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                m.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        return m;
    }

    List<String> shellOrDefault() {
        return shell == null ? List.of("/bin/sh", "-c") : shell;
    }

    RunConfig toRunConfig() {
        return new RunConfig(user, ports.isEmpty() ? null : new TreeMap<>(ports), env.isEmpty() ? null
                : List.copyOf(env), entrypoint, cmd, volumes.isEmpty() ? null : new TreeMap<>(volumes), workdir,
                labels.isEmpty() ? null : new TreeMap<>(labels), stopSignal, healthcheck, shell,
                onBuild.isEmpty() ? null : List.copyOf(onBuild));
    }
}
