package io.jcompose.network.firewall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Kernel settings under /proc/sys (forwarding); an interface so unit tests do not change the host. */
public interface Sysctl {

    String get(String key) throws IOException;

    void set(String key, String value) throws IOException;

    /** The host's /proc/sys. */
    static Sysctl proc() {
        return new Sysctl() {
            @Override
            public String get(String key) throws IOException {
                return Files.readString(path(key)).strip();
            }

            @Override
            public void set(String key, String value) throws IOException {
                if (!get(key).equals(value)) {
                    Files.writeString(path(key), value);
                }
            }

            private Path path(String key) {
                return Path.of("/proc/sys", key.split("\\."));
            }
        };
    }
}
