package io.jcompose.model.project;

import io.jcompose.model.value.ByteSize;
import io.jcompose.model.value.ComposeDuration;
import java.util.List;
import java.util.Map;

/**
 * One service, every field the planner and engine need, in long form. {@code command} and {@code entrypoint} are
 * null when unset (an empty list overrides the image's); {@code environment} values are null for variables
 * declared without a value; other absent values are null, empty collections or false.
 */
public record Service(
        String name,
        String image,
        Build build,
        List<String> command,
        List<String> entrypoint,
        Map<String, String> environment,
        List<Port> ports,
        List<String> expose,
        List<Mount> volumes,
        Map<String, ServiceNetwork> networks,
        String networkMode,
        Map<String, Dependency> dependsOn,
        Healthcheck healthcheck,
        String restart,
        Deploy deploy,
        Map<String, String> labels,
        Map<String, String> annotations,
        String containerName,
        String hostname,
        String domainname,
        String user,
        String workingDir,
        boolean tty,
        boolean stdinOpen,
        boolean readOnly,
        boolean privileged,
        Boolean init,
        List<String> capAdd,
        List<String> capDrop,
        List<String> dns,
        List<String> dnsSearch,
        List<String> dnsOpt,
        List<String> extraHosts,
        Map<String, String> sysctls,
        Map<String, Ulimit> ulimits,
        List<String> tmpfs,
        ByteSize shmSize,
        String stopSignal,
        ComposeDuration stopGracePeriod,
        List<String> profiles,
        String pullPolicy,
        String platform,
        Logging logging,
        List<String> securityOpt,
        List<Device> devices,
        List<String> groupAdd,
        String pid,
        String ipc,
        ByteSize memLimit,
        ByteSize memReservation,
        ByteSize memswapLimit,
        Double cpus,
        Long pidsLimit,
        List<FileReference> secrets,
        List<FileReference> configs,
        List<String> links,
        List<String> volumesFrom,
        Integer scale,
        String runtime,
        String macAddress) {

    public Service {
        command = Copies.nullableList(command);
        entrypoint = Copies.nullableList(entrypoint);
        environment = Copies.map(environment);
        ports = Copies.list(ports);
        expose = Copies.list(expose);
        volumes = Copies.list(volumes);
        networks = Copies.map(networks);
        dependsOn = Copies.map(dependsOn);
        labels = Copies.map(labels);
        annotations = Copies.map(annotations);
        capAdd = Copies.list(capAdd);
        capDrop = Copies.list(capDrop);
        dns = Copies.list(dns);
        dnsSearch = Copies.list(dnsSearch);
        dnsOpt = Copies.list(dnsOpt);
        extraHosts = Copies.list(extraHosts);
        sysctls = Copies.map(sysctls);
        ulimits = Copies.map(ulimits);
        tmpfs = Copies.list(tmpfs);
        profiles = Copies.list(profiles);
        securityOpt = Copies.list(securityOpt);
        devices = Copies.list(devices);
        groupAdd = Copies.list(groupAdd);
        secrets = Copies.list(secrets);
        configs = Copies.list(configs);
        links = Copies.list(links);
        volumesFrom = Copies.list(volumesFrom);
    }

    /** The number of containers to run: {@code deploy.replicas}, else {@code scale}, else 1. */
    public int replicas() {
        if (deploy != null && deploy.replicas() != null) {
            return deploy.replicas();
        }
        return scale != null ? scale : 1;
    }

    /** The service this one shares its network stack with ({@code network_mode: service:X}), or null. */
    public String networkModeService() {
        return networkMode != null && networkMode.startsWith("service:") ? networkMode.substring(8) : null;
    }
}
