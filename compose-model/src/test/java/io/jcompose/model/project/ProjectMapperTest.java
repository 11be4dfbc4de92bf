package io.jcompose.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.env.Environment;
import io.jcompose.model.normalize.Normalizer;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.value.ByteSize;
import io.jcompose.model.value.ComposeDuration;
import io.jcompose.model.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectMapperTest {

    private static final Path DIR = Path.of("/project");

    private static final String YAML = """
            services:
              web:
                image: nginx
                build: {context: /src, args: [A=1]}
                command: nginx -g "daemon off;"
                environment: [A=1, B]
                ports: ["127.0.0.1:8080:80", "9000-9001:9000-9001/udp"]
                expose: [3000]
                volumes: ["/srv:/srv:ro", "data:/data", {type: tmpfs, target: /t, tmpfs: {size: 1m}}]
                networks: {front: {aliases: [w], ipv4_address: 10.0.0.2, priority: 5}}
                depends_on: {db: {condition: service_healthy, restart: true}}
                healthcheck: {test: curl localhost, interval: 90s, retries: 3}
                restart: always
                deploy: {replicas: 2, resources: {limits: {cpus: "0.5", memory: 1g}}, restart_policy: {condition: any, delay: 5s}}
                labels: [x=y]
                tty: true
                init: true
                ulimits: {nproc: 10, nofile: {soft: 1, hard: 2}}
                shm_size: 64m
                stop_grace_period: 1m
                secrets: [s]
                logging: {driver: json-file, options: {max-size: 10m}}
                mem_limit: 512m
                cpus: 1.5
              db:
                image: postgres
            networks:
              front: {}
            volumes:
              data: {}
            secrets:
              s: {file: /s.txt}
            """;

    private static Project project() {
        Node model = Normalizer.normalize(YamlReader.read("compose.yaml", YAML), "proj", DIR,
                new Environment(Map.of()));
        return ProjectMapper.toProject(model, DIR);
    }

    @Test
    void mapsServicesInLongForm() {
        Project p = project();
        assertThat(p.name()).isEqualTo("proj");
        assertThat(p.services().keySet()).containsExactly("db", "web");
        Service web = p.service("web");
        assertThat(web.image()).isEqualTo("nginx");
        assertThat(web.build().context()).isEqualTo("/src");
        assertThat(web.build().dockerfile()).isEqualTo("Dockerfile");
        assertThat(web.build().args()).containsEntry("A", "1");
        assertThat(web.command()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(web.entrypoint()).isNull();
        assertThat(web.environment()).containsEntry("A", "1").containsEntry("B", null);
        assertThat(web.ports()).containsExactly(new Port(null, "ingress", "127.0.0.1", 80, "8080", "tcp", null),
                new Port(null, "ingress", null, 9000, "9000", "udp", null),
                new Port(null, "ingress", null, 9001, "9001", "udp", null));
        assertThat(web.expose()).containsExactly("3000");
        assertThat(web.volumes().get(0)).isEqualTo(new Mount("bind", "/srv", "/srv", true,
                new Mount.Bind(null, true, null), null, null));
        assertThat(web.volumes().get(1).volume()).isEqualTo(new Mount.VolumeOptions(false, null));
        assertThat(web.volumes().get(2).tmpfs().size()).isEqualTo(new ByteSize(1048576));
        assertThat(web.networks().get("front")).isEqualTo(new ServiceNetwork(List.of("w"), "10.0.0.2", null, 5, 0,
                null, null));
        assertThat(web.dependsOn()).containsEntry("db", new Dependency("service_healthy", true, true));
        assertThat(web.healthcheck().test()).containsExactly("CMD-SHELL", "curl localhost");
        assertThat(web.healthcheck().interval()).isEqualTo(ComposeDuration.of("1m30s"));
        assertThat(web.healthcheck().retries()).isEqualTo(3L);
        assertThat(web.deploy().replicas()).isEqualTo(2);
        assertThat(web.replicas()).isEqualTo(2);
        assertThat(web.deploy().resources().limits()).isEqualTo(new Deploy.ResourceValues(0.5,
                ByteSize.of("1g"), null));
        assertThat(web.deploy().restartPolicy().delay()).isEqualTo(ComposeDuration.of("5s"));
        assertThat(web.labels()).containsEntry("x", "y");
        assertThat(web.tty()).isTrue();
        assertThat(web.init()).isTrue();
        assertThat(web.ulimits().get("nproc").softLimit()).isEqualTo(10);
        assertThat(web.ulimits().get("nofile")).isEqualTo(new Ulimit(null, 1L, 2L));
        assertThat(web.shmSize()).isEqualTo(ByteSize.of("64m"));
        assertThat(web.stopGracePeriod()).isEqualTo(ComposeDuration.of("60s"));
        assertThat(web.secrets()).containsExactly(new FileReference("s", "/run/secrets/s", null, null, null));
        assertThat(web.logging().options()).containsEntry("max-size", "10m");
        assertThat(web.memLimit().bytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(web.cpus()).isEqualTo(1.5);
        Service db = p.service("db");
        assertThat(db.networks()).containsOnlyKeys("default");
        assertThat(db.replicas()).isEqualTo(1);
    }

    @Test
    void mapsTopLevelResources() {
        Project p = project();
        assertThat(p.networks()).containsOnlyKeys("default", "front");
        assertThat(p.networks().get("front").name()).isEqualTo("proj_front");
        assertThat(p.volumes().get("data").name()).isEqualTo("proj_data");
        assertThat(p.secrets().get("s").file()).isEqualTo("/s.txt");
    }

    @Test
    void recordsAreImmutable() {
        Service web = project().service("web");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> web.ports().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> web.environment().put("X", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void configHashIgnoresFieldsThatNeedNoRecreation() {
        MapNode services = (MapNode) ((MapNode) Normalizer.normalize(YamlReader.read("compose.yaml", """
                services:
                  a: {image: nginx, environment: {X: "1"}}
                  b: {image: nginx, environment: {X: "1"}, scale: 3, pull_policy: always, depends_on: [a],
                      profiles: [p], deploy: {replicas: 3}, build: /src}
                  c: {image: nginx, environment: {X: "2"}}
                  d: {environment: {X: "1"}, image: nginx}
                """), "proj", DIR, new Environment(Map.of()))).getOrNull("services");
        String a = ConfigHash.of(services.getOrNull("a"));
        assertThat(a).hasSize(64).matches("[0-9a-f]+");
        assertThat(ConfigHash.of(services.getOrNull("c"))).isNotEqualTo(a);
        assertThat(ConfigHash.of(services.getOrNull("d"))).isEqualTo(a);
        // b differs from a only by ignored fields and an empty deploy left after removing replicas
        MapNode b = ((MapNode) services.getOrNull("b")).without("deploy");
        assertThat(ConfigHash.of(b)).isEqualTo(a);
    }
}
