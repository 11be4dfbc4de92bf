package io.jcompose.network.ports;

/**
 * One entry of the Docker API's {@code HostConfig.PortBindings} lists, as sent: {@code {"HostIp": "127.0.0.1",
 * "HostPort": "8080"}}; kept raw so that {@link PortRequest#of} can quote the values it refuses.
 */
public record HostBinding(String hostIp, String hostPort) {

    public HostBinding {
        hostIp = hostIp == null ? "" : hostIp;
        hostPort = hostPort == null ? "" : hostPort;
    }
}
