package io.jcompose.runtime.image.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    static final String HEX = "b".repeat(64);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            redis                              | docker.io            | library/redis   | latest | -
            redis:7                            | docker.io            | library/redis   | 7      | -
            library/redis                      | docker.io            | library/redis   | latest | -
            docker.io/redis                    | docker.io            | library/redis   | latest | -
            index.docker.io/redis:6            | docker.io            | library/redis   | 6      | -
            user/app                           | docker.io            | user/app        | latest | -
            docker.io/user/app:v1.2_3-rc       | docker.io            | user/app        | v1.2_3-rc | -
            user/team/app                      | docker.io            | user/team/app   | latest | -
            localhost/app                      | localhost            | app             | latest | -
            localhost:5000/a/b:1               | localhost:5000       | a/b             | 1      | -
            127.0.0.1:5000/app                 | 127.0.0.1:5000       | app             | latest | -
            [::1]:5000/app:x                   | [::1]:5000           | app             | x      | -
            registry.example.com/x@sha256:BBB  | registry.example.com | x               | -      | sha256:BBB
            redis:7@sha256:BBB                 | docker.io            | library/redis   | 7      | sha256:BBB
            redis@sha256:BBB                   | docker.io            | library/redis   | -      | sha256:BBB
            a.b/c__d/e-f/g.h/i---j             | a.b                  | c__d/e-f/g.h/i---j | latest | -
            redis:Latest                       | docker.io            | library/redis   | Latest | -
            Example.COM/app                    | Example.COM          | app             | latest | -
            redis:_x                           | docker.io            | library/redis   | _x     | -
            """)
    void validReferences(String text, String domain, String path, String tag, String digest) {
        ImageReference ref = ImageReference.parse(text.replace("BBB", HEX));
        assertThat(ref).isEqualTo(new ImageReference(domain, path, tag, digest == null ? null
                : digest.replace("BBB", HEX)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                         | invalid reference format
            Redis                      | invalid reference format: repository name (library/Redis) must be lowercase
            user/App:1                 | invalid reference format: repository name (user/App) must be lowercase
            Foo/bar                    | invalid reference format: repository name (Foo/bar) must be lowercase
            localhost:5000/A/b         | invalid reference format: repository name (A/b) must be lowercase
            redis:                     | invalid reference format
            :latest                    | invalid reference format
            redis@                     | invalid reference format
            redis:-x                   | invalid reference format
            redis:.x                   | invalid reference format
            redis:a+b                  | invalid reference format
            -redis                     | invalid reference format
            redis-                     | invalid reference format
            re..dis                    | invalid reference format
            a//b                       | invalid reference format
            user/                      | invalid reference format
            host.com:/x                | invalid reference format
            host.com:port/x            | invalid reference format
            -host.com/x                | invalid reference format
            'redis app'                | invalid reference format
            redis@sha256:abc           | invalid reference format
            redis@sha256:BBBb          | invalid checksum digest length
            redis@md5:BBB              | unsupported digest algorithm
            redis@sha256:CCC           | invalid checksum digest format
            BBB                        | invalid repository name (BBB), cannot specify 64-byte hexadecimal strings
            """)
    void invalidReferences(String text, String message) {
        String in = text.replace("BBB", HEX).replace("CCC", "B".repeat(64));
        assertThatThrownBy(() -> ImageReference.parse(in))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message.replace("BBB", HEX));
    }

    @Test
    void tagLongerThan128IsInvalidAndExactly128IsValid() {
        assertThat(ImageReference.parse("redis:" + "a".repeat(128)).tag()).hasSize(128);
        assertThatThrownBy(() -> ImageReference.parse("redis:" + "a".repeat(129)))
                .hasMessage("invalid reference format");
    }

    @Test
    void nameLongerThan255IsRejected() {
        String path = "a/".repeat(124) + "ab";
        assertThat(ImageReference.parse("x.io/" + path).repository()).hasSize(255);
        assertThatThrownBy(() -> ImageReference.parse("x.io/" + path + "c"))
                .hasMessage("repository name must not be more than 255 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            redis                      | docker.io/library/redis:latest    | redis:latest         | redis
            user/app:1                 | docker.io/user/app:1              | user/app:1           | user/app
            library/a/b                | docker.io/library/a/b:latest      | library/a/b:latest   | library/a/b
            localhost:5000/library/x:2 | localhost:5000/library/x:2        | localhost:5000/library/x:2 | localhost:5000/library/x
            quay.io/org/app@sha256:BBB | quay.io/org/app@sha256:BBB        | quay.io/org/app@sha256:BBB | quay.io/org/app
            """)
    void canonicalAndFamiliarForms(String text, String canonical, String familiar, String familiarRepo) {
        ImageReference ref = ImageReference.parse(text.replace("BBB", HEX));
        assertThat(ref.toString()).isEqualTo(canonical.replace("BBB", HEX));
        assertThat(ref.familiar()).isEqualTo(familiar.replace("BBB", HEX));
        assertThat(ref.familiarRepository()).isEqualTo(familiarRepo);
        assertThat(ImageReference.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void repositoryAndRegistryHost() {
        assertThat(ImageReference.parse("redis").repository()).isEqualTo("docker.io/library/redis");
        assertThat(ImageReference.parse("redis").registryHost()).isEqualTo("registry-1.docker.io");
        assertThat(ImageReference.parse("localhost:5000/a").registryHost()).isEqualTo("localhost:5000");
    }

    @Test
    void copiesWithTagAndDigest() {
        Digest d = new Digest("sha256", HEX);
        ImageReference redis = ImageReference.parse("redis");
        assertThat(redis.isDigested()).isFalse();
        assertThat(redis.withTag("7").toString()).isEqualTo("docker.io/library/redis:7");
        assertThat(redis.withDigest(d).toString()).isEqualTo("docker.io/library/redis:latest@sha256:" + HEX);
        assertThat(redis.withDigest(d).isDigested()).isTrue();
        assertThat(redis.withDigest(d).digestValue()).isEqualTo(d);
        assertThat(redis.onlyDigest(d).familiar()).isEqualTo("redis@sha256:" + HEX);
        assertThat(redis.withDigest(d).onlyTag("x").familiar()).isEqualTo("redis:x");
        assertThatThrownBy(() -> redis.withTag("-bad")).hasMessage("invalid tag format: \"-bad\"");
    }

    @Test
    void constructorRejectsInvalidParts() {
        assertThatThrownBy(() -> new ImageReference("docker.io", "Library/x", null, null))
                .hasMessage("invalid reference format: \"docker.io/Library/x\" is not a repository name");
        assertThatThrownBy(() -> new ImageReference("docker.io", "x", null, "sha256:12"))
                .hasMessage("invalid checksum digest length");
    }
}
