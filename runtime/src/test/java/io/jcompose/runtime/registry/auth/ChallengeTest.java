package io.jcompose.runtime.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    @Test
    void dockerHubBearer() {
        List<Challenge> c = Challenge.parse("Bearer realm=\"https://auth.docker.io/token\","
                + "service=\"registry.docker.io\","
                + "scope=\"repository:library/redis:pull\"");
        assertThat(c).containsExactly(new Challenge("bearer", Map.of("realm", "https://auth.docker.io/token",
                "service", "registry.docker.io", "scope", "repository:library/redis:pull")));
    }

    @Test
    void basicWithSpacesAndEscapes() {
        assertThat(Challenge.parse("Basic  realm = \"my \\\"realm\\\"\" , charset=UTF-8"))
                .containsExactly(new Challenge("Basic", Map.of("realm", "my \"realm\"", "charset", "UTF-8")));
    }

    @Test
    void severalChallengesInOneHeaderPreferBearer() {
        List<Challenge> c = Challenge.parse("Basic realm=\"a\", Bearer realm=\"https://t/\",service=s");
        assertThat(c).extracting(Challenge::scheme).containsExactly("basic", "bearer");
        assertThat(Challenge.preferred(List.of("Basic realm=\"a\", Bearer realm=\"https://t/\",service=s")))
                .hasValueSatisfying(x -> assertThat(x.param("service")).contains("s"));
    }

    @Test
    void emptyAndGarbageGiveNothingUsable() {
        assertThat(Challenge.parse("")).isEmpty();
        assertThat(Challenge.preferred(List.of())).isEmpty();
        assertThat(Challenge.preferred(List.of("Negotiate"))).isEmpty();
    }
}
