package io.jcompose.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The engine's version, from the build (the Maven project version), as {@code /version} and {@code /info} say. */
public final class EngineVersion {

    private EngineVersion() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
