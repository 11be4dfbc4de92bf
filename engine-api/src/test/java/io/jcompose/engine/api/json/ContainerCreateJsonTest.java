package io.jcompose.engine.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ContainerCreateJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void readsDockerCliBodyWithConfigFieldsAtTheTopLevel() {
        String body = """
                {"Hostname":"","User":"1000","Env":["A=1"],"Cmd":["sh","-c","exit 3"],"Image":"busybox",
                 "Labels":{"com.docker.compose.project":"demo"},"Tty":false,"Unknown":{"x":1},
                 "HostConfig":{"Memory":67108864,"RestartPolicy":{"Name":"on-failure","MaximumRetryCount":2},
                   "Mounts":[{"Type":"tmpfs","Target":"/run","TmpfsOptions":{"SizeBytes":1024}}]},
                 "NetworkingConfig":{"EndpointsConfig":{"demo_default":{"Aliases":["db"]}}}}
                """;
        ContainerCreateJson create = JSON.readValue(body, ContainerCreateJson.class);
        assertThat(create.config().image()).isEqualTo("busybox");
        assertThat(create.config().cmd()).containsExactly("sh", "-c", "exit 3");
        assertThat(create.config().labels()).containsEntry("com.docker.compose.project", "demo");
        assertThat(create.hostConfig().memory()).isEqualTo(67108864L);
        assertThat(create.hostConfig().restartPolicy().maximumRetryCount()).isEqualTo(2);
        assertThat(create.hostConfig().mounts().getFirst().tmpfsOptions().sizeBytes()).isEqualTo(1024L);
        assertThat(create.networkingConfig().endpoints().get("demo_default").aliases()).containsExactly("db");
    }

    @Test
    void writesConfigFieldsAtTheTopLevel() {
        var create = new ContainerCreateJson(ContainerConfigJson.of("busybox", List.of("true")),
                HostConfigJson.empty(), null);
        String json = JSON.writeValueAsString(create);
        assertThat(json).isEqualTo("{\"Cmd\":[\"true\"],\"Image\":\"busybox\",\"HostConfig\":{}}");
    }
}
