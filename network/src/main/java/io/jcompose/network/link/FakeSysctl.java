package io.jcompose.network.link;

import java.util.HashMap;
import java.util.Map;

/** Kernel parameters in memory for unit tests; namespace values are keyed {@code NAMESPACE/KEY}. */
public final class FakeSysctl implements Sysctl {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized String get(String key) {
        return values.getOrDefault(Sysctl.key(key), "0");
    }

    @Override
    public synchronized void set(String key, String value) {
        values.put(Sysctl.key(key), Sysctl.value(value));
    }

    @Override
    public synchronized void setInNamespace(String namespace, String key, String value) {
        values.put(LinkNames.namespaceName(namespace) + "/" + Sysctl.key(key), Sysctl.value(value));
    }

    /** A namespace's value, or null if never set. */
    public synchronized String inNamespace(String namespace, String key) {
        return values.get(namespace + "/" + key);
    }
}
