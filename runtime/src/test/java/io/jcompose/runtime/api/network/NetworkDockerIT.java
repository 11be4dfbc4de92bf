package io.jcompose.runtime.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Networks as a docker user meets them, with the real docker CLI against the whole engine: containers on a
 * network find each other by name and alias through the embedded DNS, other networks cannot see or reach them,
 * a published port answers on 127.0.0.1, an internal network has no route out, and after removal no bridge,
 * namespace or firewall rule is left. Traffic goes only to 127.0.0.1 and to the test's own networks; the DNS
 * server forwards nowhere ({@code jcompose.dns.upstreams} empty).
 */
class NetworkDockerIT {


    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;
    private String linksBefore;
    private String iptablesBefore;
    private String netnsBefore;

    @BeforeAll
    static void noForwarding() {
        System.setProperty("jcompose.dns.upstreams", "");
    }

    @AfterAll
    static void forwardingBack() {
        System.clearProperty("jcompose.dns.upstreams");
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "networks need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox", "/usr/sbin/iptables")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        linksBefore = sh("ip -o link show | cut -d: -f2 | sort");
        iptablesBefore = sh("iptables-save | grep -v '^#' | grep -v '^:' | sort");
        netnsBefore = sh("ip netns list | cut -d' ' -f1 | sort");
        options = new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        docker = new DockerCli(options.socket(), Files.createDirectories(dir.resolve("docker-config")));
        docker.ok("import", "-c", "CMD [\"sh\"]", "-c", "ENV PATH=/bin", TestEngines.busyboxTar(dir).toString(),
                "bb:1");
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        for (String id : docker.ok("ps", "-aq").lines().toList()) {
            docker.ok("rm", "-f", id);
        }
        for (String name : docker.ok("network", "ls", "--filter", "type=custom", "-q").lines().toList()) {
            docker.ok("network", "rm", name);
        }
        engine.close();
        assertThat(sh("ip -o link show | cut -d: -f2 | sort")).isEqualTo(linksBefore);
        assertThat(sh("ip netns list | cut -d' ' -f1 | sort")).isEqualTo(netnsBefore); // its own namespaces gone
        assertThat(sh("iptables-save | grep -v '^#' | grep -v '^:' | sort")).isEqualTo(iptablesBefore);
    }

    @Test
    void containersOnANetworkFindEachOtherByNameAndAliasOnly() throws Exception {
        docker.ok("network", "create", "front");
        docker.ok("network", "create", "back");
        docker.ok("run", "-d", "--name", "web", "--network", "front", "--network-alias", "site", "bb:1", "sh", "-c",
                "mkdir -p /www && echo hello > /www/index.html && httpd -f -p 80 -h /www");
        assertThat(docker.ok("run", "--rm", "--network", "front", "bb:1", "wget", "-qO-", "http://web/"))
                .isEqualTo("hello\n");
        assertThat(docker.ok("run", "--rm", "--network", "front", "bb:1", "wget", "-qO-", "http://site/"))
                .isEqualTo("hello\n");
        String webIp = docker.ok("inspect", "-f", "{{.NetworkSettings.Networks.front.IPAddress}}", "web").strip();
        assertThat(webIp).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(docker.ok("run", "--rm", "--network", "front", "bb:1", "nslookup", "web").lines()
                .filter(l -> l.contains(webIp)).toList()).isNotEmpty();

        DockerCli.Result fromBack = docker.run("run", "--rm", "--network", "back", "bb:1", "wget", "-qO-", "-T", "2",
                "http://web/");
        assertThat(fromBack.exit()).isNotZero();
        DockerCli.Result byAddress = docker.run("run", "--rm", "--network", "back", "bb:1", "wget", "-qO-", "-T",
                "2", "http://" + webIp + "/");
        assertThat(byAddress.exit()).as("isolation between networks").isNotZero();

        assertThat(docker.run("network", "rm", "front").output()).contains("has active endpoints");
    }

    @Test
    void aPublishedPortAnswersOnLoopbackAndATakenPortFailsCleanly() throws Exception {
        docker.ok("network", "create", "pub");
        docker.ok("run", "-d", "--name", "srv", "--network", "pub", "-p", "127.0.0.1::80", "bb:1", "sh", "-c",
                "mkdir -p /www && echo published > /www/index.html && httpd -f -p 80 -h /www");
        String port = docker.ok("inspect", "-f", "{{(index (index .NetworkSettings.Ports \"80/tcp\") 0).HostPort}}",
                "srv").strip();
        assertThat(httpGet(Integer.parseInt(port))).endsWith("published\n");
        assertThat(docker.ok("ps", "--format", "{{.Ports}}").strip()).isEqualTo("127.0.0.1:" + port + "->80/tcp");
        DockerCli.Result taken = docker.run("run", "-d", "--name", "clash", "--network", "pub", "-p",
                "127.0.0.1:" + port + ":80", "bb:1", "sleep", "100");
        assertThat(taken.output()).contains("Bind for 127.0.0.1:" + port + " failed: port is already allocated");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}}", "clash").strip()).isEqualTo("created");
    }

    @Test
    void anInternalNetworkHasNoRouteOut() throws Exception {
        docker.ok("network", "create", "--internal", "vault");
        String routes = docker.ok("run", "--rm", "--network", "vault", "bb:1", "ip", "route");
        assertThat(routes).doesNotContain("default");
        String normal = docker.ok("run", "--rm", "bb:1", "ip", "route");
        assertThat(normal).contains("default via");
    }

    @Test
    void networksKeepWorkingAcrossAnEngineRestartAndContainerModeSharesANamespace() throws Exception {
        docker.ok("network", "create", "keep");
        docker.ok("run", "-d", "--name", "db", "--network", "keep", "-p", "127.0.0.1::80", "bb:1", "sh", "-c",
                "mkdir -p /www && echo db > /www/index.html && httpd -f -p 80 -h /www");
        String port = docker.ok("inspect", "-f", "{{(index (index .NetworkSettings.Ports \"80/tcp\") 0).HostPort}}",
                "db").strip();
        engine.close();
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        assertThat(docker.ok("run", "--rm", "--network", "keep", "bb:1", "wget", "-qO-", "http://db/"))
                .isEqualTo("db\n");
        assertThat(httpGet(Integer.parseInt(port))).endsWith("db\n");
        assertThat(docker.ok("run", "--rm", "--network", "container:db", "bb:1", "wget", "-qO-",
                "http://127.0.0.1/")).isEqualTo("db\n");
    }

    private static String httpGet(int port) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
