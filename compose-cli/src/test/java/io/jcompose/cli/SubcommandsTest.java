package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubcommandsTest {

    @Test
    void findsTheCommandAfterGlobalOptionsAndTheirValues() {
        assertThat(Subcommands.commandName(new String[] {"-f", "config", "-p", "x", "config", "--services"}))
                .isEqualTo("config");
        assertThat(Subcommands.commandName(new String[] {"--debug", "-H", "unix:///s", "image", "ls"}))
                .isEqualTo("image");
        assertThat(Subcommands.commandName(new String[] {"--file=a.yaml", "engine"})).isEqualTo("engine");
        assertThat(Subcommands.commandName(new String[] {"--help"})).isNull();
    }

    @Test
    void helpStillListsEveryCommand() {
        String help = CliRun.run(Path.of("."), Map.of(), "--help").out();
        assertThat(help).contains("config", "engine", "image", "network", "version", "generate-completion");
    }

    @Test
    void anAliasSelectsItsCommandAndAnUnknownOneIsAUsageError() {
        assertThat(CliRun.run(Path.of("."), Map.of(), "version", "--short").exitCode()).isZero();
        CliRun unknown = CliRun.run(Path.of("."), Map.of(), "confg");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("config");
    }
}
