package io.jcompose.model.paths;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.json.TreeJson;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathResolverTest {

    private static final Path BASE = Path.of("/project/app");
    private String savedHome;

    @BeforeEach
    void fixHome() {
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", "/home/tester");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", savedHome);
    }

    private static String resolved(String yaml) {
        return TreeJson.toJson(PathResolver.resolve(YamlReader.read("compose.yaml", yaml), BASE)).toString();
    }

    @ParameterizedTest(name = "volume {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ./data:/data                 | /project/app/data:/data
            ../shared:/shared:ro         | /project/shared:/shared:ro
            .:/src                       | /project/app:/src
            ~/cache:/cache               | /home/tester/cache:/cache
            ~:/home                      | /home/tester:/home
            /abs/path:/x                 | /abs/path:/x
            data:/var/lib/data           | data:/var/lib/data
            /anonymous                   | /anonymous
            ./only-target                | ./only-target
            """)
    void shortVolumeSyntax(String volume, String expected) {
        assertThat(resolved("services: {web: {volumes: [\"" + volume + "\"]}}"))
                .isEqualTo("{\"services\":{\"web\":{\"volumes\":[\"" + expected + "\"]}}}");
    }

    @Test
    void longVolumeSyntaxResolvesBindSourcesOnly() {
        assertThat(resolved("""
                services:
                  web:
                    volumes:
                      - {type: bind, source: ./conf, target: /etc/conf}
                      - {type: bind, source: "~/x", target: /x}
                      - {type: volume, source: ./notapath, target: /v}
                """)).isEqualTo("{\"services\":{\"web\":{\"volumes\":["
                + "{\"type\":\"bind\",\"source\":\"/project/app/conf\",\"target\":\"/etc/conf\"},"
                + "{\"type\":\"bind\",\"source\":\"/home/tester/x\",\"target\":\"/x\"},"
                + "{\"type\":\"volume\",\"source\":\"./notapath\",\"target\":\"/v\"}]}}}");
    }

    @ParameterizedTest(name = "context {0}")
    @CsvSource(delimiter = '|', textBlock = """
            .                                          | /project/app
            ./backend                                  | /project/app/backend
            ../other                                   | /project/other
            /abs/ctx                                   | /abs/ctx
            https://github.com/docker/app.git#main     | https://github.com/docker/app.git#main
            git@github.com:docker/app.git              | git@github.com:docker/app.git
            github.com/docker/app                      | github.com/docker/app
            ~/src                                      | /home/tester/src
            """)
    void buildContextInShortAndLongForm(String context, String expected) {
        assertThat(resolved("services: {web: {build: \"" + context + "\"}}"))
                .isEqualTo("{\"services\":{\"web\":{\"build\":\"" + expected + "\"}}}");
        assertThat(resolved("services: {web: {build: {context: \"" + context + "\", dockerfile: ./Dockerfile}}}"))
                .isEqualTo("{\"services\":{\"web\":{\"build\":{\"context\":\"" + expected
                        + "\",\"dockerfile\":\"./Dockerfile\"}}}}");
    }

    @Test
    void additionalContextsAndSshKeys() {
        assertThat(resolved("""
                services:
                  web:
                    build:
                      context: .
                      additional_contexts:
                        lib: ../lib
                        img: docker-image://alpine:3
                        base: service:base
                      ssh: [default, "key=./id_rsa"]
                  api:
                    build:
                      additional_contexts: ["lib=./lib"]
                """)).isEqualTo("{\"services\":{\"web\":{\"build\":{\"context\":\"/project/app\","
                + "\"additional_contexts\":{\"lib\":\"/project/lib\",\"img\":\"docker-image://alpine:3\","
                + "\"base\":\"service:base\"},\"ssh\":[\"default\",\"key=/project/app/id_rsa\"]}},"
                + "\"api\":{\"build\":{\"additional_contexts\":[\"lib=/project/app/lib\"]}}}}");
    }

    @Test
    void envFilesLabelFilesAndExtendsFile() {
        assertThat(resolved("""
                services:
                  a: {env_file: .env, label_file: labels.txt, extends: {file: ../base.yaml, service: b}}
                  b: {env_file: [one.env, /etc/two.env], label_file: [./l1, ~/l2]}
                  c: {env_file: [{path: ./c.env, required: false}], extends: b}
                """)).isEqualTo("{\"services\":{"
                + "\"a\":{\"env_file\":\"/project/app/.env\",\"label_file\":\"/project/app/labels.txt\","
                + "\"extends\":{\"file\":\"/project/base.yaml\",\"service\":\"b\"}},"
                + "\"b\":{\"env_file\":[\"/project/app/one.env\",\"/etc/two.env\"],"
                + "\"label_file\":[\"/project/app/l1\",\"/home/tester/l2\"]},"
                + "\"c\":{\"env_file\":[{\"path\":\"/project/app/c.env\",\"required\":false}],\"extends\":\"b\"}}}");
    }

    @Test
    void topLevelSecretsConfigsAndLocalBindVolumes() {
        assertThat(resolved("""
                secrets:
                  token: {file: ./secrets/token}
                  ext: {external: true}
                  env: {environment: TOKEN}
                configs:
                  site: {file: site.conf}
                volumes:
                  bound: {driver: local, driver_opts: {type: none, o: bind, device: ./data}}
                  nfs: {driver: local, driver_opts: {type: nfs, o: "addr=1.2.3.4", device: ":/export"}}
                  plain: {}
                  empty:
                """)).isEqualTo("{\"secrets\":{\"token\":{\"file\":\"/project/app/secrets/token\"},"
                + "\"ext\":{\"external\":true},\"env\":{\"environment\":\"TOKEN\"}},"
                + "\"configs\":{\"site\":{\"file\":\"/project/app/site.conf\"}},"
                + "\"volumes\":{\"bound\":{\"driver\":\"local\",\"driver_opts\":{\"type\":\"none\",\"o\":\"bind\","
                + "\"device\":\"/project/app/data\"}},\"nfs\":{\"driver\":\"local\",\"driver_opts\":{\"type\":\"nfs\","
                + "\"o\":\"addr=1.2.3.4\",\"device\":\":/export\"}},\"plain\":{},\"empty\":null}}");
    }

    @Test
    void includeEntriesAndDevelopWatch() {
        assertThat(resolved("""
                include:
                  - ./sub/compose.yaml
                  - path: [a.yaml, ../b.yaml]
                    project_directory: ./sub
                    env_file: sub.env
                services:
                  web:
                    develop:
                      watch:
                        - {action: sync, path: ./src, target: /app/src}
                        - {action: rebuild, path: package.json}
                """)).isEqualTo("{\"include\":[\"/project/app/sub/compose.yaml\","
                + "{\"path\":[\"/project/app/a.yaml\",\"/project/b.yaml\"],\"project_directory\":\"/project/app/sub\","
                + "\"env_file\":\"/project/app/sub.env\"}],"
                + "\"services\":{\"web\":{\"develop\":{\"watch\":["
                + "{\"action\":\"sync\",\"path\":\"/project/app/src\",\"target\":\"/app/src\"},"
                + "{\"action\":\"rebuild\",\"path\":\"/project/app/package.json\"}]}}}}");
    }

    @Test
    void keepsPositionsAndLeavesUntouchedTreesAlone() {
        Node model = YamlReader.read("compose.yaml", "services:\n  web:\n    image: nginx\n    env_file: .env\n");
        MapNode out = (MapNode) PathResolver.resolve(model, BASE);
        MapNode web = (MapNode) ((MapNode) out.getOrNull("services")).getOrNull("web");
        assertThat(web.getOrNull("env_file").position().toString()).isEqualTo("compose.yaml:4:15");
        Node untouched = YamlReader.read("compose.yaml", "services:\n  web:\n    image: nginx\n");
        assertThat(PathResolver.resolve(untouched, BASE)).isSameAs(untouched);
    }
}
