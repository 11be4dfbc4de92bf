package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.plan.Desired;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A compose service in, the exact {@code POST /containers/create} body out, as docker compose v2 fills it. */
class ContainerBodiesTest {

    @TempDir
    Path dir;

    private String body(String yaml, String service) throws Exception {
        Desired loaded = Projects.load(dir, yaml);
        Desired desired = new Desired(loaded.project(), loaded.graph(), Map.of(service, "cafe"), Path.of("/srv/demo"),
                List.of("/srv/demo/compose.yaml"));
        return JsonMapper.builder().build().writeValueAsString(new ContainerBodies(desired, "0.1.0").body(service, 1));
    }

    @Test
    void aFullServiceMapsToDockerComposesBody() throws Exception {
        Files.createDirectories(dir.resolve("www"));
        String json = body("""
                name: demo
                services:
                  web:
                    image: e2e/bb:1
                    entrypoint: ["/bin/sh", "-c"]
                    command: ["httpd -f"]
                    environment: {B: "2", A: "1"}
                    working_dir: /www
                    user: "1000:1000"
                    hostname: web
                    tty: true
                    stdin_open: true
                    init: true
                    read_only: true
                    privileged: false
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    restart: on-failure:3
                    ports: ["127.0.0.1:8080:80", "9000/udp"]
                    expose: ["81"]
                    labels: {org.example: x}
                    tmpfs: [/run]
                    volumes: ["./www:/www:ro"]
                    extra_hosts: ["db:10.0.0.2"]
                    dns: [10.0.0.53]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 2s
                      retries: 3
                    networks:
                      front: {aliases: [w]}
                      back: {}
                networks:
                  front: {}
                  back: {}
                """, "web");
        String www = dir.resolve("www").toString();
        assertThat(json).isEqualTo("{\"Hostname\":\"web\",\"User\":\"1000:1000\",\"AttachStdin\":false,"
                + "\"AttachStdout\":true,\"AttachStderr\":true,\"ExposedPorts\":{\"80/tcp\":{},\"81/tcp\":{},"
                + "\"9000/udp\":{}},\"Tty\":true,\"OpenStdin\":true,\"StdinOnce\":false,\"Env\":[\"A=1\",\"B=2\"],"
                + "\"Cmd\":[\"httpd -f\"],\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],\"Interval\":2000000000,"
                + "\"Retries\":3},\"Image\":\"e2e/bb:1\",\"WorkingDir\":\"/www\",\"Entrypoint\":[\"/bin/sh\",\"-c\"],"
                + "\"Labels\":{\"com.docker.compose.config-hash\":\"cafe\",\"com.docker.compose.container-number\":"
                + "\"1\",\"com.docker.compose.oneoff\":\"False\",\"com.docker.compose.project\":\"demo\","
                + "\"com.docker.compose.project.config_files\":\"/srv/demo/compose.yaml\","
                + "\"com.docker.compose.project.working_dir\":\"/srv/demo\",\"com.docker.compose.service\":\"web\","
                + "\"com.docker.compose.version\":\"0.1.0\",\"org.example\":\"x\"},"
                + "\"HostConfig\":{\"Binds\":[\"" + www + ":/www:ro\"],\"NetworkMode\":\"demo_back\","
                + "\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"8080\"}],"
                + "\"9000/udp\":[{\"HostPort\":\"\"}]},\"RestartPolicy\":{\"Name\":\"on-failure\","
                + "\"MaximumRetryCount\":3},\"CapAdd\":[\"NET_ADMIN\"],\"CapDrop\":[\"ALL\"],\"Dns\":[\"10.0.0.53\"],"
                + "\"ExtraHosts\":[\"db:10.0.0.2\"],\"Privileged\":false,\"ReadonlyRootfs\":true,"
                + "\"Tmpfs\":{\"/run\":\"\"},\"Init\":true},"
                + "\"NetworkingConfig\":{\"EndpointsConfig\":{\"demo_back\":{\"Aliases\":[\"web\",\"demo-web-1\"]},"
                + "\"demo_front\":{\"Aliases\":[\"web\",\"demo-web-1\",\"w\"]}}}}");
    }

    @Test
    void aMinimalServiceOnTheDefaultNetwork() throws Exception {
        assertThat(body("name: demo\nservices:\n  db:\n    image: e2e/bb:1\n", "db")).isEqualTo(
                "{\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,\"Tty\":false,\"OpenStdin\":false,"
                + "\"StdinOnce\":false,\"Image\":\"e2e/bb:1\",\"Labels\":{\"com.docker.compose.config-hash\":\"cafe\","
                + "\"com.docker.compose.container-number\":\"1\",\"com.docker.compose.oneoff\":\"False\","
                + "\"com.docker.compose.project\":\"demo\","
                + "\"com.docker.compose.project.config_files\":\"/srv/demo/compose.yaml\","
                + "\"com.docker.compose.project.working_dir\":\"/srv/demo\",\"com.docker.compose.service\":\"db\","
                + "\"com.docker.compose.version\":\"0.1.0\"},\"HostConfig\":{\"NetworkMode\":\"demo_default\","
                + "\"Privileged\":false,\"ReadonlyRootfs\":false},\"NetworkingConfig\":{\"EndpointsConfig\":"
                + "{\"demo_default\":{\"Aliases\":[\"db\",\"demo-db-1\"]}}}}");
    }
}
