package io.jcompose.model.validate;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/**
 * Prints how long reading and schema-checking a 200-service file takes once warm; a measurement for the report,
 * not a timed assertion (the machine is shared).
 */
class ValidationTimingTest {

    private static final int SERVICES = 200;
    private static final int WARM_UP = 15;
    private static final int RUNS = 10;

    static String bigFile(int services) {
        StringBuilder b = new StringBuilder("name: big\nservices:\n");
        for (int i = 0; i < services; i++) {
            b.append("""
                      svc%1$d:
                        image: registry.example.com/team/svc%1$d:1.%1$d
                        build: {context: ./svc%1$d, args: {VERSION: "1.%1$d"}}
                        command: ["serve", "--port", "80%1$02d"]
                        environment: {LOG_LEVEL: info, INDEX: %1$d, FLAG: "true"}
                        env_file: [.env]
                        ports: ["80%1$02d:80", {target: 443, published: "9%1$03d"}]
                        volumes: ["./data/%1$d:/data", {type: volume, source: shared, target: /shared}]
                        networks: {front: {aliases: [svc%1$d]}, back: null}
                        depends_on: {svc0: {condition: service_started}}
                        healthcheck: {test: [CMD, curl, -f, http://localhost], interval: 10s, retries: 3}
                        deploy: {resources: {limits: {cpus: "0.5", memory: 256m}}, restart_policy: {condition: on-failure}}
                        labels: [team=core, index=%1$d]
                        logging: {driver: json-file, options: {max-size: 10m}}
                        restart: unless-stopped
                        x-meta: {owner: core}
                    """.formatted(i));
        }
        b.append("networks: {front: {}, back: {}}\nvolumes: {shared: {}}\n");
        return b.toString();
    }

    @Test
    void measuresReadAndValidateOfTwoHundredServices() {
        String text = bigFile(SERVICES);
        assertThatCode(() -> SchemaValidator.validate(YamlReader.read("big.yaml", text)))
                .doesNotThrowAnyException();
        for (int i = 0; i < WARM_UP; i++) {
            SchemaValidator.validate(YamlReader.read("big.yaml", text));
        }
        long readNanos = 0;
        long validateNanos = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Node tree = YamlReader.read("big.yaml", text);
            long t1 = System.nanoTime();
            SchemaValidator.validate(tree);
            long t2 = System.nanoTime();
            readNanos += t1 - t0;
            validateNanos += t2 - t1;
        }
        System.out.printf("200 services, %d lines: read %.1f ms, schema validation %.1f ms (mean of %d warm runs)%n",
                text.lines().count(), readNanos / 1e6 / RUNS, validateNanos / 1e6 / RUNS, RUNS);

        Node broken = YamlReader.read("big.yaml", text.replace("    restart: unless-stopped\n    x-meta: {owner: core}\n  svc199",
                "    restrat: unless-stopped\n    x-meta: {owner: core}\n  svc199"));
        assertThatCode(() -> SchemaValidator.validate(broken)).hasMessageContaining("did you mean \"restart\"");
        long t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            try {
                SchemaValidator.validate(broken);
            } catch (ComposeFileException expected) {
                // measured
            }
        }
        System.out.printf("the same with one misspelt key: %.1f ms%n", (System.nanoTime() - t0) / 1e6 / RUNS);
    }
}
