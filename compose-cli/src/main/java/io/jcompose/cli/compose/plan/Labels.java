package io.jcompose.cli.compose.plan;

import java.util.List;
import java.util.Map;

/** The {@code com.docker.compose.*} labels by which docker compose (and so jcompose) finds a project's objects. */
public final class Labels {

    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    public static final String NUMBER = "com.docker.compose.container-number";
    public static final String ONEOFF = "com.docker.compose.oneoff";
    public static final String SLUG = "com.docker.compose.slug";
    public static final String CONFIG_HASH = "com.docker.compose.config-hash";
    public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    public static final String VERSION = "com.docker.compose.version";
    public static final String NETWORK = "com.docker.compose.network";
    public static final String VOLUME = "com.docker.compose.volume";
    /** jcompose's own: the configuration a container was made from ({@link StoredConfig}), to explain a recreate. */
    public static final String CONFIG = "io.jcompose.config";

    private Labels() {
    }

    /** The engine list filter selecting the objects of {@code project}. */
    public static Map<String, List<String>> projectFilter(String project) {
        return Map.of("label", List.of(PROJECT + "=" + project));
    }
}
