package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void printsTheModelAsYamlByDefault() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        CliRun r = CliRun.run(dir, Map.of(), "-p", "demo", "config");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("web:").contains("image: nginx");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void printsJson() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        CliRun r = CliRun.run(dir, Map.of(), "config", "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"image\": \"nginx\"");
    }

    @Test
    void listsServicesVolumesAndNetworksSorted() throws IOException {
        write("compose.yaml", """
                services:
                  web: {image: nginx}
                  api: {image: app}
                volumes:
                  data: {}
                networks:
                  front: {}
                """);
        assertThat(CliRun.run(dir, Map.of(), "config", "--services").out()).startsWith("api\nweb\n");
        assertThat(CliRun.run(dir, Map.of(), "config", "--volumes").out()).isEqualTo("data\n");
        assertThat(CliRun.run(dir, Map.of(), "config", "--networks").out()).contains("front\n");
    }

    @Test
    void quietPrintsNothingAndOutputWritesAFile() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        CliRun quiet = CliRun.run(dir, Map.of(), "config", "-q");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        CliRun toFile = CliRun.run(dir, Map.of(), "config", "-o", dir.resolve("out.yaml").toString());
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("out.yaml"))).contains("image: nginx");
    }

    @Test
    void aMissingFileIsOneMessageAndExitCodeOne() {
        CliRun r = CliRun.run(dir, Map.of(), "-f", "nope.yaml", "config");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("open " + dir.resolve("nope.yaml") + ": no such file or directory");
    }

    @Test
    void aBrokenFileIsOneMessageWithPositionAndExitCode15() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: a\n    image: b\n");
        CliRun r = CliRun.run(dir, Map.of(), "config");
        assertThat(r.exitCode()).isEqualTo(15);
        assertThat(r.err()).isEqualTo(
                "compose.yaml:4:5: services.web: mapping key \"image\" already defined at line 3\n");
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        CliRun r = CliRun.run(dir, Map.of(), "config", "--no-such-flag");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown option: '--no-such-flag'");
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        write("compose.yaml", "a: [\n");
        assertThat(CliRun.run(dir, Map.of(), "config").err()).doesNotContain("\tat ");
        assertThat(CliRun.run(dir, Map.of(), "--debug", "config").err()).contains("\tat ");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.run(dir, Map.of(), "--version").out()).startsWith("jcompose version ");
        assertThat(CliRun.run(dir, Map.of(), "version", "--short").out()).doesNotContain("jcompose");
        assertThat(CliRun.run(dir, Map.of(), "--help").out()).contains("config").contains("--file");
    }

    @Test
    void listsVariablesWithDefaults() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx:${TAG:-latest}\n    environment:\n      P: ${PASS:?needed}\n");
        CliRun r = CliRun.run(dir, Map.of(), "config", "--variables");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                NAME   REQUIRED   DEFAULT VALUE   ALTERNATE VALUE
                PASS   true
                TAG    false      latest
                """);
    }

    @Test
    void printsConfigHashesThatChangeWithTheService() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n");
        CliRun all = CliRun.run(dir, Map.of(), "config", "--hash", "*");
        assertThat(all.out()).matches("db [0-9a-f]{64}\nweb [0-9a-f]{64}\n");
        String web = CliRun.run(dir, Map.of(), "config", "--hash", "web").out();
        assertThat(all.out()).contains(web);
        write("compose.yaml", "services:\n  web:\n    image: nginx:2\n  db:\n    image: postgres\n");
        assertThat(CliRun.run(dir, Map.of(), "config", "--hash", "web").out()).isNotEqualTo(web);
        CliRun unknown = CliRun.run(dir, Map.of(), "config", "--hash", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("no such service: nope\n");
    }

    @Test
    void listsProfilesOfAllServicesAndImages() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n  dbg:\n    image: busybox\n    profiles: [debug, tools]\n  app:\n    build: .\n");
        assertThat(CliRun.run(dir, Map.of(), "config", "--profiles").out()).isEqualTo("debug\ntools\n");
        assertThat(CliRun.run(dir, Map.of(), "-p", "demo", "config", "--images").out()).isEqualTo("demo-app\nnginx\n");
    }
}
