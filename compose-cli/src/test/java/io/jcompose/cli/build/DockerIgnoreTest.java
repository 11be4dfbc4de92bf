package io.jcompose.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    private record Case(String rules, String path, boolean excluded) {
    }

    @Test
    void docker_pattern_rules() {
        List<Case> cases = List.of(
                new Case("*.md", "README.md", true),
                new Case("*.md", "docs/README.md", false),
                new Case("**/*.md", "docs/deep/README.md", true),
                new Case("**/*.md", "README.md", true),
                new Case("node_modules", "node_modules/a/b.js", true),
                new Case("/node_modules", "node_modules", true),
                new Case("./build/../dist", "dist/app.js", true),
                new Case("# a comment\n\n  target  ", "target/x", true),
                new Case("#target", "#target", false),
                new Case("*\n!src", "src/Main.java", false),
                new Case("*\n!src", "pom.xml", true),
                new Case("*.log\n!keep.log", "keep.log", false),
                new Case("!keep.log\n*.log", "keep.log", true),
                new Case("docs/**", "docs", false),
                new Case("docs/**", "docs/a/b", true),
                new Case("a?c", "abc", true),
                new Case("a?c", "a/c", false),
                new Case("[a-c]x", "bx", true),
                new Case("[!a-c]x", "bx", false),
                new Case("\\*x", "*x", true),
                new Case("\\*x", "ax", false),
                new Case("**", "anything/at/all", true),
                new Case("a/**/b", "a/b", true),
                new Case("a/**/b", "a/x/y/b", true),
                new Case("a/**/b", "a/x/y/c", false));
        for (Case c : cases) {
            assertThat(DockerIgnore.parse(c.rules()).excludes(c.path())).as(c.rules() + " on " + c.path())
                    .isEqualTo(c.excluded());
        }
    }

    @Test
    void anExcludedDirectoryIsWalkedOnlyWhenAnExceptionMayReachInside() {
        DockerIgnore rules = DockerIgnore.parse("vendor\n!vendor/keep/**\nlogs\n");
        assertThat(rules.mayReincludeUnder("vendor")).isTrue();
        assertThat(rules.mayReincludeUnder("vendor/keep")).isTrue();
        assertThat(rules.mayReincludeUnder("vendor/other")).isFalse();
        assertThat(rules.mayReincludeUnder("logs")).isFalse();
    }

    @Test
    void cleanIsGosFilepathClean() {
        assertThat(DockerIgnore.clean("./a/./b/../c/")).isEqualTo("a/c");
        assertThat(DockerIgnore.clean("../x")).isEqualTo("../x");
        assertThat(DockerIgnore.clean("/../x")).isEqualTo("/x");
        assertThat(DockerIgnore.clean("./")).isEqualTo(".");
    }
}
