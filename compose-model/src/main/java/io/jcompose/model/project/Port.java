package io.jcompose.model.project;

/**
 * One published container port in long form; {@code published} is a host port, a host port range or empty, and
 * {@code hostIp} empty means all addresses.
 */
public record Port(String name, String mode, String hostIp, int target, String published, String protocol,
        String appProtocol) {
}
