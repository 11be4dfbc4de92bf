package io.jcompose.runtime.container.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symlinks and {@code ..} never take a resolution out of the container's root. */
class RootResolverTest {

    @TempDir
    Path dir;
    private Path root;
    private RootResolver resolver;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/shadow"), "container shadow");
        Files.writeString(dir.resolve("host-secret"), "host");
        Files.createDirectories(root.resolve("var/lib"));
        Files.createSymbolicLink(root.resolve("abs"), Path.of("/../../etc/shadow"));
        Files.createSymbolicLink(root.resolve("rel"), Path.of("../../../../host-secret"));
        Files.createSymbolicLink(root.resolve("var/lib/up"), Path.of("../../etc"));
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("/nowhere"));
        resolver = new RootResolver(root);
    }

    @Test
    void absoluteAndClimbingSymlinksStayInsideTheRoot() throws IOException {
        assertThat(resolver.resolveFully(ContainerPath.of("/abs")).host()).isEqualTo(root.resolve("etc/shadow"));
        assertThat(resolver.resolveFully(ContainerPath.of("/abs")).containerPath()).isEqualTo("/etc/shadow");
        assertThatThrownBy(() -> resolver.resolveFully(ContainerPath.of("/rel")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("/rel");
        assertThat(resolver.resolve(ContainerPath.of("/var/lib/up/shadow")).host())
                .isEqualTo(root.resolve("etc/shadow"));
    }

    @Test
    void dotDotInTheRequestStopsAtTheRoot() throws IOException {
        assertThat(resolver.resolve(ContainerPath.of("/../../host-secret/../etc/shadow")).host())
                .isEqualTo(root.resolve("etc/shadow"));
        assertThatThrownBy(() -> resolver.resolve(ContainerPath.of("../host-secret")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theLastSymlinkIsFollowedOnlyWhenAskedWithATrailingSlash() throws IOException {
        assertThat(resolver.resolve(ContainerPath.of("/abs")).host()).isEqualTo(root.resolve("abs"));
        assertThat(resolver.resolve(ContainerPath.of("/var/lib/up/")).host()).isEqualTo(root.resolve("etc"));
        assertThat(resolver.resolve(ContainerPath.of("/dangling")).host()).isEqualTo(root.resolve("dangling"));
        assertThatThrownBy(() -> resolver.resolve(ContainerPath.of("/dangling/")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void loopsMissingPartsAndFilesInTheMiddleFail() {
        assertThatThrownBy(() -> resolver.resolveFully(ContainerPath.of("/loop")))
                .isInstanceOf(FileSystemException.class).hasMessage("/loop: too many levels of symbolic links");
        assertThatThrownBy(() -> resolver.resolve(ContainerPath.of("/etc/shadow/x")))
                .isInstanceOf(NoSuchFileException.class).hasMessage("/etc/shadow/x: not a directory");
        assertThatThrownBy(() -> resolver.resolve(ContainerPath.of("/no/such")))
                .isInstanceOf(NoSuchFileException.class).hasMessage("/no/such");
    }

    @Test
    void theRootItself() throws IOException {
        assertThat(resolver.resolve(ContainerPath.of("/")).host()).isEqualTo(root);
        assertThat(resolver.resolve(ContainerPath.of("/")).containerPath()).isEqualTo("/");
    }
}
