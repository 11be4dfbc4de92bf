package io.jcompose.network.link;

/**
 * What an attached endpoint became on the host, kept by the engine to detach it later (and shown by inspect).
 *
 * @param hostVeth      the host side of the veth pair, a port of the bridge
 * @param interfaceName the container side's name inside the namespace
 */
public record Attachment(String hostVeth, String bridge, String namespace, String interfaceName, MacAddress mac) {
}
