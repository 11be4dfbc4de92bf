package io.jcompose.runtime.container.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContainerPathTest {

    @Test
    void cleansLikeDockerAndRemembersATrailingSeparator() {
        String[][] table = {
            // raw, cleaned, follows last, name
            {"/tmp/host.txt", "/tmp/host.txt", "false", "host.txt"},
            {"tmp/host.txt", "/tmp/host.txt", "false", "host.txt"},
            {"/tmp/dir/", "/tmp/dir", "true", "dir"},
            {"/tmp/dir/.", "/tmp/dir", "true", "dir"},
            {"/a/b/../../../etc", "/etc", "false", "etc"},
            {"/../../..", "/", "true", "/"},
            {"/", "/", "true", "/"},
            {".", "/", "true", "/"},
            {"//a//./b", "/a/b", "false", "b"},
        };
        for (String[] row : table) {
            ContainerPath p = ContainerPath.of(row[0]);
            assertThat(p.toString()).as(row[0]).isEqualTo(row[1]);
            assertThat(p.followLast()).as(row[0]).isEqualTo(Boolean.parseBoolean(row[2]));
            assertThat(p.name()).as(row[0]).isEqualTo(row[3]);
        }
    }

    @Test
    void refusesEmptyAndNul() {
        assertThatThrownBy(() -> ContainerPath.of("")).hasMessage("bad parameter: 'path' cannot be empty");
        assertThatThrownBy(() -> ContainerPath.of(null)).hasMessage("bad parameter: 'path' cannot be empty");
        assertThatThrownBy(() -> ContainerPath.of("/a\0b"))
                .hasMessage("invalid path \"/a\\x00b\": it contains a NUL character");
    }
}
