package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.OciJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a stage's build stands: its layers, run config, history, and the ARGs declared so far. */
final class StageState {

    final List<BuiltLayer> layers = new ArrayList<>();
    final List<ImageConfig.History> history = new ArrayList<>();
    final Map<String, String> args = new LinkedHashMap<>();
    ConfigDraft config = new ConfigDraft();
    String platformOs = "linux";
    String architecture;
    String variant;

    /** What the next step's cache key starts from: a digest of the layers and the config so far. */
    String id() {
        StringBuilder s = new StringBuilder();
        layers.forEach(l -> s.append(l.diffId()).append('\n'));
        s.append(new String(OciJson.write(config.toRunConfig()), StandardCharsets.UTF_8));
        return Digest.sha256(s.toString().getBytes(StandardCharsets.UTF_8)).hex();
    }

    /** The variables instructions substitute: ARGs, overridden by ENV. */
    Map<String, String> vars() {
        Map<String, String> v = new LinkedHashMap<>(args);
        v.putAll(config.envMap());
        return v;
    }

    /** The environment of a RUN step: the config's env plus the ARGs ENV does not shadow. */
    List<String> runEnv() {
        List<String> env = new ArrayList<>(config.env);
        Map<String, String> envMap = config.envMap();
        args.forEach((k, v) -> {
            if (!envMap.containsKey(k)) {
                env.add(k + "=" + v);
            }
        });
        return env;
    }
}
