package io.jcompose.model.value;

/**
 * One container port published (or not) on the host: the long form {@code {mode: ingress, host_ip, target,
 * published, protocol}} that one short port entry expands into.
 *
 * @param hostIp the host address, empty when none
 * @param target the container port
 * @param published the host port or host port range, empty when none
 * @param protocol tcp, udp or sctp
 */
public record PortMapping(String hostIp, int target, String published, String protocol) {
}
