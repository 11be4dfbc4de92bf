package io.jcompose.network.ports;

/** A mapping whose host port is held by its (not yet started) proxy. */
public record PortReservation(PortMapping mapping, PortProxy proxy) {
}
