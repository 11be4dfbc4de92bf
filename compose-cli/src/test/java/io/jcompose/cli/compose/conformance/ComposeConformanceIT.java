package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose-spec's conformance scenarios as a docker compose user checks them, through {@code ./jcompose} and the
 * real engine (root): lifecycle, one network, two isolated networks, scaling, bind-mounted file, UDP port, plus the
 * networks and dependency conditions of issue 8. Scenarios about updates and failures are in
 * {@link ComposeUpdatesIT}.
 */
class ComposeConformanceIT {

    @TempDir
    Path dir;

    private Conformance c;

    @BeforeEach
    void engine() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    @Test
    void lifecycleOneNetworkAndTwoIsolatedNetworks() throws Exception {
        Path file = c.project("life", """
                name: cflife
                services:
                  web:
                    image: e2e/bb:1
                    command: ["sh", "-c", "mkdir -p /www && echo hello-web > /www/index.html && httpd -f -p 80 -h /www"]
                  client:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        c.composeOk(file, "up", "-d");
        assertThat(c.states(file)).isEqualTo(Map.of("cflife-web-1", "running", "cflife-client-1", "running"));
        assertThat(c.composeOk(file, "ps").out()).containsPattern("cflife-web-1 .* Up ");
        assertThat(c.execUntil("hello-web", "cflife-client-1", "wget", "-qO-", "http://web/").out())
                .as("client reaches web by its service name").isEqualTo("hello-web\n");

        c.composeOk(file, "stop", "-t", "0");
        assertThat(c.composeOk(file, "ps", "-q").out()).as("ps lists running containers only").isEmpty();
        assertThat(c.states(file)).isEqualTo(Map.of("cflife-web-1", "exited", "cflife-client-1", "exited"));
        c.composeOk(file, "start");
        assertThat(c.states(file)).isEqualTo(Map.of("cflife-web-1", "running", "cflife-client-1", "running"));
        Run down = c.composeOk(file, "down", "-t", "0");
        assertThat(down.err()).contains(" \u2714 Network cflife_default  Removed");
        assertThat(c.allContainers()).isEmpty();
        assertThat(c.allNetworks()).doesNotContain("cflife_default");

        Path split = c.project("split", """
                name: cfsplit
                services:
                  db:
                    image: e2e/bb:1
                    command: ["sh", "-c", "mkdir -p /www && echo db-data > /www/index.html && httpd -f -p 80 -h /www"]
                    networks: [backnet]
                  back:
                    image: e2e/bb:1
                    command: ["sh", "-c", "mkdir -p /www && echo back-page > /www/index.html && httpd -f -p 80 -h /www"]
                    networks: [frontnet, backnet]
                  front:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    networks: [frontnet]
                networks:
                  frontnet: {}
                  backnet: {}
                """);
        c.composeOk(split, "up", "-d");
        assertThat(c.execUntil("db-data", "cfsplit-back-1", "wget", "-qO-", "http://db/").out())
                .as("back reaches db on backnet").isEqualTo("db-data\n");
        assertThat(c.execUntil("back-page", "cfsplit-front-1", "wget", "-qO-", "http://back/").out())
                .as("front reaches back on frontnet").isEqualTo("back-page\n");
        Run resolve = c.run("container", "exec", "cfsplit-front-1", "nslookup", "db");
        assertThat(resolve.code()).as("front cannot resolve db\n" + resolve).isNotZero();
        String dbAddress = address(c.ok("container", "exec", "cfsplit-db-1", "ip", "-o", "-4", "addr", "show",
                "eth0").out());
        Run reach = c.run("container", "exec", "cfsplit-front-1", "wget", "-T", "2", "-qO-",
                "http://" + dbAddress + "/");
        assertThat(reach.code()).as("front cannot reach db at " + dbAddress + "\n" + reach).isNotZero();
        assertThat(reach.out()).doesNotContain("db-data");
        c.composeOk(split, "down", "-t", "0");
        assertThat(c.allNetworks()).doesNotContain("cfsplit_frontnet", "cfsplit_backnet");
    }

    @Test
    void scalingToThreeReplicasAndBack() throws Exception {
        Path file = c.project("scale", """
                name: cfscale
                services:
                  worker:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                  probe:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        c.composeOk(file, "up", "-d", "--scale", "worker=3");
        assertThat(c.states(file)).isEqualTo(Map.of("cfscale-worker-1", "running", "cfscale-worker-2", "running",
                "cfscale-worker-3", "running", "cfscale-probe-1", "running"));
        List<String> addresses = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            addresses.add(address(c.ok("container", "exec", "cfscale-worker-" + n, "ip", "-o", "-4", "addr", "show",
                    "eth0").out()));
        }
        assertThat(addresses).doesNotHaveDuplicates();
        String answer = c.ok("container", "exec", "cfscale-probe-1", "nslookup", "worker").out();
        for (String a : addresses) {
            assertThat(answer).as("worker answers every replica").contains("Address: " + a + "\n");
        }

        Run down = c.composeOk(file, "up", "-d", "--scale", "worker=1");
        assertThat(down.err()).contains(" \u2714 Container cfscale-worker-2  Removed",
                " \u2714 Container cfscale-worker-3  Removed");
        assertThat(c.states(file)).isEqualTo(Map.of("cfscale-worker-1", "running", "cfscale-probe-1", "running"));
    }

    @Test
    void serviceDnsStillAnswersAfterAScaleDown() throws Exception {
        Path file = c.project("scale", """
                name: cfscale
                services:
                  worker:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                  probe:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        c.composeOk(file, "up", "-d", "--scale", "worker=3");
        String first = address(c.ok("container", "exec", "cfscale-worker-1", "ip", "-o", "-4", "addr", "show",
                "eth0").out());
        assertThat(c.ok("container", "exec", "cfscale-probe-1", "nslookup", "worker").out()).contains(first);
        c.composeOk(file, "up", "-d", "--scale", "worker=1");
        String one = c.ok("container", "exec", "cfscale-probe-1", "nslookup", "worker").out();
        assertThat(one).contains("Address: " + first + "\n").containsOnlyOnce("Address: ");
    }

    @Test
    void bindMountedFileAndUdpPort() throws Exception {
        Path project = Files.createDirectories(dir.resolve("files"));
        Path greeting = Files.writeString(project.resolve("greeting.txt"), "first\n");
        Files.writeString(project.resolve("UdpEcho.java"), UdpEcho.SOURCE);
        Path jdk = Path.of(System.getProperty("java.home"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/x86_64-linux-gnu"))
                && Files.isDirectory(Path.of("/usr/lib64")), "the UDP server runs the host's JDK: needs an x86_64 "
                + "Debian-style /usr/lib");
        Path file = c.project("files", """
                name: cffiles
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    volumes: ["./greeting.txt:/etc/greeting.txt"]
                  echo:
                    image: e2e/bb:1
                    command: ["/jdk/bin/java", "-Xshare:off", "-XX:+UseSerialGC", "-Xmx32m", "/app/UdpEcho.java"]
                    volumes:
                      - %s:/jdk:ro
                      - /usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu:ro
                      - /usr/lib64:/lib64:ro
                      - ./UdpEcho.java:/app/UdpEcho.java:ro
                    ports: ["127.0.0.1:18531:9999/udp"]
                """.formatted(jdk));
        c.composeOk(file, "up", "-d");
        assertThat(c.ok("container", "exec", "cffiles-app-1", "cat", "/etc/greeting.txt").out()).isEqualTo("first\n");
        Files.writeString(greeting, "second\n"); // in place, as an editor that keeps the inode
        assertThat(c.execUntil("second", "cffiles-app-1", "cat", "/etc/greeting.txt").out())
                .as("the container sees the host's change").isEqualTo("second\n");

        assertThat(c.composeOk(file, "port", "--protocol", "udp", "echo", "9999").out())
                .isEqualTo("127.0.0.1:18531\n");
        assertThat(UdpEcho.ask("127.0.0.1", 18531, "ping-from-test", 60))
                .as("a datagram to 127.0.0.1:18531/udp reaches the container and its reply comes back")
                .isEqualTo("pong ping-from-test");
        assertThat(c.composeOk(file, "logs", "echo").out()).contains("echo-1  | received ping-from-test");
    }

    @Test
    void secretAndConfigFiles() throws Exception {
        Path project = Files.createDirectories(dir.resolve("secret"));
        Files.writeString(project.resolve("token.txt"), "s3cr3t\n");
        Files.writeString(project.resolve("settings.conf"), "level=debug\n");
        Files.writeString(project.resolve("other.conf"), "other=1\n");
        Path file = c.project("secret", """
                name: cfsecret
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    secrets: [token]
                    configs:
                      - settings
                      - source: other
                        target: /etc/app/other.conf
                secrets:
                  token:
                    file: ./token.txt
                configs:
                  settings:
                    file: ./settings.conf
                  other:
                    file: ./other.conf
                """);
        c.composeOk(file, "up", "-d");
        assertThat(c.ok("container", "exec", "cfsecret-app-1", "cat", "/run/secrets/token").out())
                .isEqualTo("s3cr3t\n");
        assertThat(c.ok("container", "exec", "cfsecret-app-1", "cat", "/settings").out()).isEqualTo("level=debug\n");
        assertThat(c.ok("container", "exec", "cfsecret-app-1", "cat", "/etc/app/other.conf").out())
                .isEqualTo("other=1\n");
    }

    /** The IPv4 address in {@code ip -o -4 addr show} output. */
    static String address(String ipOutput) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("inet (\\d+\\.\\d+\\.\\d+\\.\\d+)/")
                .matcher(ipOutput);
        assertThat(m.find()).as(ipOutput).isTrue();
        return m.group(1);
    }
}
