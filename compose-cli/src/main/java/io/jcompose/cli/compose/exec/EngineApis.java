package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.client.VolumeApi;

/** The engine API clients the compose commands use; tests pass fakes. */
public record EngineApis(ContainerApi containers, NetworkApi networks, ImageApi images, VolumeApi volumes) {
}
