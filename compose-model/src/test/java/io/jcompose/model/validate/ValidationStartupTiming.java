package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import io.jcompose.model.yaml.YamlReader;

/**
 * Prints what the first schema validation costs in a fresh JVM, then warm times, for 10 and 200 services; a
 * measurement, not a test (a test JVM is already warm). Run it with the CLI's flags:
 * {@code mvn -o -pl compose-model test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}, then
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp compose-model/target/classes:compose-model/target/test-classes:$(cat /tmp/cp.txt)
 * io.jcompose.model.validate.ValidationStartupTiming}; to include the AOT cache, put the classes in jars and
 * add {@code -XX:AOTCacheOutput=FILE} once, then {@code -XX:AOTCache=FILE}.
 */
public final class ValidationStartupTiming {

    private ValidationStartupTiming() {
    }

    public static void main(String[] args) {
        Node small = YamlReader.read("small.yaml", ValidationTimingTest.bigFile(10));
        Node big = YamlReader.read("big.yaml", ValidationTimingTest.bigFile(200));
        long t0 = System.nanoTime();
        SchemaValidator.validate(small);
        long t1 = System.nanoTime();
        SchemaValidator.validate(big);
        long t2 = System.nanoTime();
        System.out.printf("cold: first validation, 10 services %.1f ms; then 200 services %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        for (int i = 0; i < 50; i++) {
            SchemaValidator.validate(small);
            SchemaValidator.validate(big);
        }
        int runs = 20;
        long s = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            SchemaValidator.validate(small);
        }
        long m = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            SchemaValidator.validate(big);
        }
        long e = System.nanoTime();
        System.out.printf("warm: 10 services %.2f ms, 200 services %.2f ms (mean of %d)%n",
                (m - s) / 1e6 / runs, (e - m) / 1e6 / runs, runs);
    }
}
