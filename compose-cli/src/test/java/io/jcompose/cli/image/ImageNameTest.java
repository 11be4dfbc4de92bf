package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageNameTest {

    @Test
    void splitsRepositoryTagAndDigest() {
        assertThat(ImageName.parse("alpine")).isEqualTo(new ImageName("alpine", "", ""));
        assertThat(ImageName.parse("127.0.0.1:5000/a/b:v1")).isEqualTo(new ImageName("127.0.0.1:5000/a/b", "v1", ""));
        assertThat(ImageName.parse("127.0.0.1:5000/a")).isEqualTo(new ImageName("127.0.0.1:5000/a", "", ""));
        assertThat(ImageName.parse("a:1@sha256:ab")).isEqualTo(new ImageName("a", "1", "sha256:ab"));
        assertThat(ImageName.parse("a@sha256:ab").tagOrDigest()).isEqualTo("sha256:ab");
        assertThat(ImageName.parse("a").tagOrDigest()).isEqualTo("latest");
    }

    @Test
    void canonicalNamesAreWhatDockerPrintsAfterAPull() {
        assertThat(ImageName.parse("alpine").canonical()).isEqualTo("docker.io/library/alpine:latest");
        assertThat(ImageName.parse("me/app:1").canonical()).isEqualTo("docker.io/me/app:1");
        assertThat(ImageName.parse("docker.io/alpine").canonical()).isEqualTo("docker.io/library/alpine:latest");
        assertThat(ImageName.parse("localhost/x").canonical()).isEqualTo("localhost/x:latest");
        assertThat(ImageName.parse("127.0.0.1:5000/x:v2").canonical()).isEqualTo("127.0.0.1:5000/x:v2");
        assertThat(ImageName.parse("x@sha256:ab").canonical()).isEqualTo("docker.io/library/x@sha256:ab");
    }
}
