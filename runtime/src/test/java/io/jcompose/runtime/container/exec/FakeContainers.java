package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.container.ContainerLayout;
import io.jcompose.runtime.container.ContainerName;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerState;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.spec.SpecFiles;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import io.jcompose.runtime.container.spec.json.RuntimeSpecJson;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/** Containers for exec tests without a runtime: a record in a given state, its config.json and an /etc/passwd. */
public final class FakeContainers {

    /** The container's own process, as its config.json holds it. */
    public static final ProcessJson PROCESS = new ProcessJson(false, new ProcessJson.User(0, 0, List.of(0)),
            List.of("sleep", "100"), List.of("PATH=/bin", "HOSTNAME=box", "FOO=container", "HOME=/root"), "/srv",
            new ProcessJson.Capabilities(List.of("CAP_KILL"), List.of("CAP_KILL"), null, List.of("CAP_KILL"), null),
            List.of(new ProcessJson.Rlimit("RLIMIT_NOFILE", BigInteger.valueOf(1024), BigInteger.valueOf(1024))),
            true, null);

    private FakeContainers() {
    }

    public static ContainerRecord add(ContainerStore store, String name, ContainerStatus status) throws IOException {
        ContainerId id = ContainerId.random();
        ContainerState state = ContainerState.created().running(4242, Instant.now()).withStatus(status);
        ContainerRecord record = new ContainerRecord(id, ContainerName.of(name), Instant.now(), "busybox", "sha256:x",
                new ContainerCreateJson(ContainerConfigJson.of("busybox", List.of("sleep", "100")), null, null),
                "sleep", List.of("100"), state);
        store.add(record);
        ContainerLayout layout = store.layout(id);
        SpecFiles.write(layout.bundle(), new RuntimeSpecJson(RuntimeSpecJson.OCI_VERSION, PROCESS,
                new RuntimeSpecJson.Root("rootfs", false), "box", null, List.of(), null));
        Files.createDirectories(layout.rootfs().resolve("etc"));
        Files.writeString(layout.rootfs().resolve("etc/passwd"),
                "root:x:0:0:root:/root:/bin/sh\nbob:x:1000:1000:bob:/home/bob:/bin/sh\n");
        Files.writeString(layout.rootfs().resolve("etc/group"), "root:x:0:\nbob:x:1000:\nstaff:x:50:bob\n");
        return record;
    }

    public static void setStatus(ContainerStore store, ContainerRecord record, ContainerStatus status)
            throws IOException {
        ContainerRecord current = store.get(record.id());
        store.update(current.withState(current.state().withStatus(status)));
    }
}
