package io.jcompose.runtime.api.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.registry.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The request-side formats: X-Registry-Auth, filters and their matching, and the pull reference. */
class RequestParsingTest {

    private static String b64url(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesRegistryAuthLikeDockerSendsIt() {
        assertThat(RegistryAuth.decode(b64url("{}"))).isEmpty();
        assertThat(RegistryAuth.decode(null)).isEmpty();
        assertThat(RegistryAuth.decode(b64url("{\"username\":\"u\",\"password\":\"p?>\",\"serveraddress\":\"r\"}")))
                .contains(new Credentials("u", "p?>"));
        String auth = Base64.getEncoder().encodeToString("bob:secret".getBytes(StandardCharsets.UTF_8));
        assertThat(RegistryAuth.decode(b64url("{\"auth\":\"" + auth + "\"}"))).contains(new Credentials("bob",
                "secret"));
        assertThat(RegistryAuth.decode(b64url("{\"username\":\"u\",\"password\":\"p\"}").replace("=", "")))
                .contains(new Credentials("u", "p"));
        assertThatThrownBy(() -> RegistryAuth.decode("!!!")).isInstanceOf(ApiException.class)
                .hasMessage("invalid X-Registry-Auth header: expected base64url-encoded JSON");
    }

    @Test
    void requestCredentialsWinOverTheEngines() throws Exception {
        Credentials engine = new Credentials("engine", "e");
        Credentials request = new Credentials("req", "r");
        assertThat(RegistryClients.withFallback(Optional.of(request), h -> Optional.of(engine)).find("x"))
                .contains(request);
        assertThat(RegistryClients.withFallback(Optional.empty(), h -> Optional.of(engine)).find("x"))
                .contains(engine);
    }

    @Test
    void pullReferenceTakesTagOrDigestFromTheTagParameter() {
        String digest = "sha256:" + "a".repeat(64);
        assertThat(PullRoute.reference("127.0.0.1:5000/team/app", "1").toString())
                .isEqualTo("127.0.0.1:5000/team/app:1");
        assertThat(PullRoute.reference("redis", "").toString()).isEqualTo("docker.io/library/redis:latest");
        assertThat(PullRoute.reference("redis", digest).toString()).isEqualTo("docker.io/library/redis@" + digest);
        assertThat(PullRoute.reference("redis:7", "").toString()).isEqualTo("docker.io/library/redis:7");
    }

    private static ImageFilters.Candidate image(List<String> tags, Map<String, String> labels, String created) {
        return new ImageFilters.Candidate("sha256:x", tags, List.of(), Instant.parse(created), labels);
    }

    @Test
    void filtersMatchLikeDockers() {
        ImageFilters.Candidate web = image(List.of("team/web:1", "localhost:5000/team/web:latest"),
                Map.of("tier", "web", "x", ""), "2026-01-02T00:00:00Z");
        ImageFilters.Candidate none = image(List.of(), Map.of(), "2026-01-01T00:00:00Z");
        record Case(String filters, boolean web, boolean none) {
        }
        List<Case> cases = List.of(
                new Case("{}", true, true),
                new Case("{\"dangling\":{\"true\":true}}", false, true),
                new Case("{\"dangling\":[\"false\"]}", true, false),
                new Case("{\"reference\":{\"team/web\":true}}", true, false),
                new Case("{\"reference\":{\"team/*:1\":true}}", true, false),
                new Case("{\"reference\":{\"*\":true}}", false, false),
                new Case("{\"reference\":{\"localhost:5000/*/web\":true}}", true, false),
                new Case("{\"reference\":{\"team/w?b:[0-9]\":true}}", true, false),
                new Case("{\"label\":{\"tier\":true}}", true, false),
                new Case("{\"label\":{\"tier=web\":true,\"x\":true}}", true, false),
                new Case("{\"label\":{\"tier=db\":true}}", false, false),
                new Case("{\"before\":{\"ref\":true}}", false, true),
                new Case("{\"since\":{\"ref\":true}}", true, false));
        for (Case c : cases) {
            ImageFilters f = ImageFilters.forList(Optional.of(c.filters()));
            Instant ref = Instant.parse("2026-01-01T12:00:00Z");
            assertThat(f.matches(web, n -> ref)).as(c.filters() + " web").isEqualTo(c.web());
            assertThat(f.matches(none, n -> ref)).as(c.filters() + " none").isEqualTo(c.none());
        }
    }

    @Test
    void refusesUnknownAndMalformedFilters() {
        record Bad(String json, String message) {
        }
        for (Bad b : List.of(
                new Bad("{\"colour\":[\"red\"]}", "invalid filter 'colour'"),
                new Bad("{\"dangling\":[\"maybe\"]}", "Invalid filter 'dangling=maybe'"),
                new Bad("[1]", "invalid filter: [1] is not a JSON object"),
                new Bad("{nope", "invalid filter: {nope is not JSON"))) {
            assertThatThrownBy(() -> ImageFilters.forList(Optional.of(b.json())).dangling())
                    .as(b.json()).isInstanceOf(ApiException.class).hasMessage(b.message());
        }
        assertThatThrownBy(() -> ImageFilters.forPrune(Optional.of("{\"reference\":[\"a\"]}")))
                .hasMessage("invalid filter 'reference'");
        assertThat(ImageFilters.until("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(ImageFilters.until("2026-01-01T00:00:00Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> ImageFilters.until("soon")).hasMessage("invalid filter 'until=soon'");
    }
}
