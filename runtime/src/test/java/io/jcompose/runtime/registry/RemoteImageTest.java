package io.jcompose.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteImageTest {

    private static final String RULE = " (lower-case letters, digits and separators, components joined by /)";
    private static final String DIGEST = "sha256:" + "a".repeat(64);

    @Test
    void printsLikeDocker() {
        assertThat(RemoteImage.of("docker.io", "library/redis", "7")).hasToString("docker.io/library/redis:7");
        RemoteImage byDigest = RemoteImage.of("127.0.0.1:5000", "a/b-c", DIGEST);
        assertThat(byDigest).hasToString("127.0.0.1:5000/a/b-c@" + DIGEST);
        assertThat(byDigest.digest()).hasValueSatisfying(d -> assertThat(d).hasToString(DIGEST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "h|Redis|1|invalid repository name \"Redis\"",
        "h|a//b|1|invalid repository name \"a//b\"",
        "h|a|-x|invalid tag \"-x\" (up to 128 letters, digits, '_', '.', '-', not starting with '.' or '-')",
        "h|a|sha256:zz|invalid digest \"sha256:zz\" (expected sha256:<64 hex digits>)",
        "a/b|a|1|invalid registry host \"a/b\"",
    })
    void invalid(String host, String repo, String ref, String message) {
        String expected = message.startsWith("invalid repository") ? message + RULE : message;
        assertThatThrownBy(() -> RemoteImage.of(host, repo, ref)).hasMessage(expected);
    }
}
