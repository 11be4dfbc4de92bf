package io.jcompose.runtime.container.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerTopJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTableTest {

    private static final String ID = "b".repeat(64);
    private static final String PS_EF = """
            UID          PID    PPID  C STIME TTY          TIME CMD
            root           1       0  0 09:53 ?        00:00:01 /sbin/init
            root        1188    1180  0 10:00 ?        00:00:00 sh -c sleep 100 & sleep 100
            root        1201    1188  0 10:00 ?        00:00:00 sleep 100
            root        1202    1188  0 10:00 ?        00:00:00 sleep 100
            root        1300       1  0 10:01 pts/0    00:00:00 bash
            """;

    @TempDir
    Path dir;

    private ProcessTable table(List<List<String>> calls, boolean refuseQuick) throws IOException {
        Path cg = Files.createDirectories(dir.resolve("pids/jcompose").resolve(ID));
        Files.writeString(cg.resolve("cgroup.procs"), "1188\n1201\n1202\n");
        return new ProcessTable(CgroupFs.detect(dir), args -> {
            calls.add(args);
            if (refuseQuick && args.getLast().startsWith("-q")) {
                throw new IOException("error: unsupported option (BSD syntax)");
            }
            return PS_EF;
        });
    }

    @Test
    void defaultColumnsOfTheContainersProcessesOnly() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        ContainerTopJson top = table(calls, false).top(ID, "");
        assertThat(calls).containsExactly(List.of("-ef", "-q1188,1201,1202"));
        assertThat(top.titles()).containsExactly("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");
        assertThat(top.processes()).hasSize(3);
        assertThat(top.processes().getFirst()).containsExactly("root", "1188", "1180", "0", "10:00", "?",
                "00:00:00", "sh -c sleep 100 & sleep 100");
        assertThat(top.processes()).extracting(r -> r.get(1)).containsExactly("1188", "1201", "1202");
    }

    @Test
    void psArgumentsThatRefuseQuickModeFallBackToAllProcesses() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        ContainerTopJson top = table(calls, true).top(ID, "aux f");
        assertThat(calls).containsExactly(List.of("aux", "f", "-q1188,1201,1202"), List.of("aux", "f"));
        assertThat(top.processes()).hasSize(3);
    }

    @Test
    void threadRowsFollowTheirProcess() throws IOException {
        String out = """
                PID TTY STAT TIME COMMAND
                1188 ? - 0:00 sh
                - - Ss 0:00 -
                1300 ? - 0:00 bash
                - - Ss 0:00 -
                """;
        ContainerTopJson top = ProcessTable.parse(out, Set.of(1188L));
        assertThat(top.processes()).containsExactly(List.of("1188", "?", "-", "0:00", "sh"),
                List.of("-", "-", "Ss", "0:00", "-"));
    }

    @Test
    void errorsReadLikeDockers() throws IOException {
        assertThatThrownBy(() -> ProcessTable.parse("USER COMMAND\nroot sh\n", Set.of(1L)))
                .hasMessage("Couldn't find PID field in ps output");
        assertThatThrownBy(() -> ProcessTable.validate("-o user=PID")).hasMessage(
                "specifying \"user=PID\" is not allowed");
        ProcessTable.validate("-o pid=PID,comm");
        ProcessTable psFails = new ProcessTable(CgroupFs.detect(dir), args -> {
            throw new IOException("error: garbage option");
        });
        Files.createDirectories(dir.resolve("pids/jcompose").resolve(ID));
        Files.writeString(dir.resolve("pids/jcompose").resolve(ID).resolve("cgroup.procs"), "5\n");
        assertThatThrownBy(() -> psFails.top(ID, "-Z")).hasMessage("ps: error: garbage option");
    }
}
